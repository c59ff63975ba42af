package gdviz.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a
 * half-written file: the content goes to a temporary file in the target's folder, is forced to
 * disk, and then replaces the target in one rename. If anything fails, the temporary file is
 * deleted and an existing target is left exactly as it was.
 */
public final class AtomicFileWriter {

    /** Produces the bytes of a file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the file's bytes go here; buffered; closing it is allowed and only flushes
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces the text of a file. */
    @FunctionalInterface
    public interface TextContent {
        /**
         * @param out the file's text goes here, encoded as UTF-8; closing it is allowed and only flushes
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Turns the temporary file's channel into the stream the content is written to. Only tests replace it, to
     * see what a full disk does, which no real folder can be made to do on demand.
     */
    static volatile Function<FileChannel, OutputStream> streams = Channels::newOutputStream;

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @param target  the file to create or replace; its folder must exist; not a folder itself
     * @param content writes the complete content; if it throws, nothing changes on disk
     * @throws IOException with a one-line message {@code cannot write <target>: <reason>}, for any
     *                     failure to write, including an {@link IOException} thrown by {@code content}
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path temporary = null;
        boolean committed = false;
        try {
            if (Files.isDirectory(file)) {
                throw new FileSystemException(file.toString(), null, "it is a directory");
            }
            if (isReadOnly(file)) {
                // The rename would replace it regardless (only the folder's permission counts), even for
                // the superuser, whom no permission stops: a file marked read-only is kept as it is.
                throw new FileSystemException(file.toString(), null, "the file is read-only");
            }
            temporary = temporarySibling(file);
            writeAndForce(temporary, content);
            replace(temporary, file);
            committed = true;
            forceFolder(file.getParent());
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e, file), e);
        } finally {
            if (!committed && temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * Writes {@code target} atomically as UTF-8 text; otherwise as {@link #write(Path, Content)}.
     */
    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(new FilterWriter(writer) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            writer.flush();
        });
    }

    private static Path temporarySibling(Path file) throws IOException {
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + suffix + ".tmp");
        // CREATE_NEW: never write into a file someone else owns; default permissions, unlike createTempFile.
        Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temporary;
    }

    private static void writeAndForce(Path temporary, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            OutputStream buffered = new BufferedOutputStream(streams.apply(channel), 1 << 16);
            content.writeTo(new CloseMeansFlush(buffered));
            buffered.flush();
            channel.force(true);
        }
    }

    /** Whether {@code file} exists with its owner's write permission (or, on Windows, its write flag) off. */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
        return dos != null && dos.readAttributes().isReadOnly();
    }

    private static void replace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a folder (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file is complete and in place; only its survival of a power cut is less certain.
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more can be done; the original failure is the one to report.
        }
    }

    /** The cause in words, without repeating paths the message already names. */
    private static String reason(IOException e, Path file) {
        if (e instanceof NoSuchFileException) {
            return "the folder " + file.getParent() + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystemProblem && fileSystemProblem.getReason() != null) {
            return lowerFirst(fileSystemProblem.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : lowerFirst(e.getMessage());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Lets content writers close their wrappers without closing the channel that must still be forced. */
    private static final class CloseMeansFlush extends FilterOutputStream {
        CloseMeansFlush(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
