package gdviz.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;

/**
 * Makes every atomic write fail as a full disk does, with the message the operating system gives, once a
 * number of bytes have gone through; until {@link #close()}. Tests that use it must not run in parallel.
 */
public final class FullDisk implements AutoCloseable {

    /** The message Linux gives for ENOSPC. */
    public static final String MESSAGE = "No space left on device";

    private FullDisk(long room) {
        AtomicFileWriter.streams = channel -> new FilterOutputStream(Channels.newOutputStream(channel)) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                long fits = Math.max(0, Math.min(length, room - written));
                out.write(bytes, offset, (int) fits);
                written += fits;
                if (fits < length) {
                    throw new IOException(MESSAGE);
                }
            }
        };
    }

    /** @param room how many bytes fit before the disk is full */
    public static FullDisk withRoomFor(long room) {
        return new FullDisk(room);
    }

    @Override
    public void close() {
        AtomicFileWriter.streams = Channels::newOutputStream;
    }
}
