package gdviz.io.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads lesson files strictly: a file larger than {@link #MAX_BYTES} is refused before it is parsed, the parser
 * refuses deep nesting and over-long numbers and strings, unknown fields and values of the wrong type are errors
 * (no quiet coercion of "0.1" to 0.1), and every value is checked before a {@link Lesson} is made. Each problem
 * is reported as one line naming where it is, by JSON path and, where the parser knows it, line and column.
 */
public final class LessonReader {

    /** Lessons are a few kilobytes; anything near this size is not one. */
    public static final int MAX_BYTES = 1 << 20;
    static final int MAX_NESTING = 16;
    static final int MAX_NUMBER_LENGTH = 64;

    private static final ObjectMapper MAPPER = mapper();

    private LessonReader() {
    }

    static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_BYTES)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // A field given twice would otherwise quietly take the last value.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Reads a lesson file.
     *
     * @param file the file to read
     * @throws LessonException naming the file and its first problem
     */
    public static Lesson read(Path file) throws LessonException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new LessonException(name + ": is a folder, not a lesson file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new LessonException(name + ": no such file");
        } catch (IOException e) {
            throw new LessonException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a lesson from {@code in}, at most {@link #MAX_BYTES} of it.
     *
     * @param in     the lesson's bytes, UTF-8 JSON; not closed
     * @param source what to call it in messages, such as the file name
     * @throws LessonException naming {@code source} and the first problem
     * @throws IOException     if {@code in} cannot be read
     */
    public static Lesson read(InputStream in, String source) throws LessonException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        try {
            checkFormat(MAPPER.readTree(bytes));
            return LessonChecks.lesson(MAPPER.readValue(bytes, LessonJson.class));
        } catch (LessonException e) {
            throw new LessonException(source + ": " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new LessonException(source + ": " + JsonProblem.describe(e), e);
        }
    }

    private static LessonException tooLarge(String source, long size) {
        return new LessonException(source + ": too large for a lesson (" + size + " bytes; at most " + MAX_BYTES
                + ")");
    }

    /** The format and version come first, so that a newer file is not reported as having unknown fields. */
    private static void checkFormat(JsonNode root) throws LessonException {
        if (root == null || root.isMissingNode()) {
            throw new LessonException("the file is empty");
        }
        if (!root.isObject()) {
            throw new LessonException("$: a lesson is a JSON object { ... }, not " + JsonProblem.kind(root));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(Lesson.FORMAT_NAME)) {
            throw new LessonException("$.format: must be \"" + Lesson.FORMAT_NAME + "\" in a lesson file"
                    + (format == null ? "; the field is missing" : ", not " + format));
        }
        JsonNode version = root.get("version");
        if (version == null) {
            throw new LessonException("$.version: missing");
        }
        if (!version.isInt()) {
            throw new LessonException("$.version: must be a whole number, not " + version);
        }
        if (version.asInt() != Lesson.FORMAT_VERSION) {
            throw new LessonException("$.version: this gdviz reads lesson format version " + Lesson.FORMAT_VERSION
                    + ", not " + version.asInt() + (version.asInt() > Lesson.FORMAT_VERSION
                            ? " (the file comes from a newer gdviz)" : ""));
        }
    }

    /** Jackson's exceptions in one line of the product's words. */
    static final class JsonProblem {

        private JsonProblem() {
        }

        static String describe(JsonProcessingException e) {
            String where = where(e);
            if (e instanceof UnrecognizedPropertyException unknown) {
                return where + ": unknown field \"" + unknown.getPropertyName() + "\"";
            }
            if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return where + ": must be " + expected(mismatch.getTargetType());
            }
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            if (e instanceof StreamConstraintsException) {
                return where + ": beyond the limits of a lesson file: " + limit(message);
            }
            if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
                return where + ": the number is too large for this field";
            }
            if (message.startsWith("Non-standard token")) {
                return where + ": NaN and Infinity are not numbers in JSON; write a finite number";
            }
            return where + ": not valid JSON: " + firstLine(message);
        }

        /** The JSON path of the value and its line and column, as far as Jackson knows them. */
        private static String where(JsonProcessingException e) {
            StringBuilder path = new StringBuilder("$");
            if (e instanceof JsonMappingException mapping) {
                for (JsonMappingException.Reference step : mapping.getPath()) {
                    if (step.getFieldName() != null) {
                        path.append('.').append(step.getFieldName());
                    } else if (step.getIndex() >= 0) {
                        path.append('[').append(step.getIndex()).append(']');
                    }
                }
            }
            JsonLocation at = e.getLocation();
            if (at != null && at.getLineNr() > 0) {
                String lineAndColumn = "line " + at.getLineNr() + ", column " + at.getColumnNr();
                return path.length() == 1 ? lineAndColumn : path + " (" + lineAndColumn + ")";
            }
            return path.toString();
        }

        private static String expected(Class<?> type) {
            if (type == Double.class || type == double.class) {
                return "a number";
            }
            if (type == Integer.class || type == int.class) {
                return "a whole number in range";
            }
            if (type == String.class) {
                return "text in quotes";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (List.class.isAssignableFrom(type)) {
                return "a list [ ... ]";
            }
            return "an object { ... }";
        }

        private static String limit(String message) {
            if (message.contains("nesting")) {
                return "nested deeper than " + MAX_NESTING + " levels";
            }
            if (message.contains("Number value length")) {
                return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
            }
            return firstLine(message);
        }

        static String kind(JsonNode node) {
            return node.isArray() ? "a list" : node.isTextual() ? "text" : node.isNumber() ? "a number" : "that";
        }

        private static String firstLine(String message) {
            String line = message.lines().findFirst().orElse("");
            return line.length() > 160 ? line.substring(0, 160) + "\u2026" : line;
        }
    }
}
