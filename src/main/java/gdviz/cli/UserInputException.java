package gdviz.cli;

/** Input the user must fix; its message is one line, shown after {@code error: }. Exit code 2. */
final class UserInputException extends Exception {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
