package gdviz.io.lesson;

/** A lesson that cannot be read or written; the message is one line naming the problem and where it is. */
public final class LessonException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message one line, such as {@code $.region: xMin (3) must be below xMax (1)} */
    public LessonException(String message) {
        super(message);
    }

    LessonException(String message, Throwable cause) {
        super(message, cause);
    }
}
