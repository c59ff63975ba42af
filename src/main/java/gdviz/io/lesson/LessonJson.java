package gdviz.io.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The shape of a lesson file as Jackson reads and writes it. Every field is nullable here so that a missing one
 * is reported by {@link LessonChecks} with its path, in words, rather than by Jackson.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "title", "description", "function", "region", "optimizer", "learningRate",
    "maxIterations", "tolerance", "start", "pins", "view"})
record LessonJson(String format, Integer version, String title, String description, FunctionJson function,
                  RegionJson region, OptimizerJson optimizer, Double learningRate, Integer maxIterations,
                  Double tolerance, List<Double> start, List<PinJson> pins, ViewJson view) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "variables"})
    record FunctionJson(String text, List<String> variables) {
    }

    @JsonPropertyOrder({"xMin", "xMax", "yMin", "yMax"})
    record RegionJson(Double xMin, Double xMax, Double yMin, Double yMax) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "hyperparameters"})
    record OptimizerJson(String name, Map<String, Double> hyperparameters) {
    }

    /** A pinned run; its iteration limit and tolerance default to the lesson's; shown unless hidden is true. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"label", "colour", "hidden", "optimizer", "learningRate", "maxIterations", "tolerance",
        "start"})
    record PinJson(String label, String colour, Boolean hidden, OptimizerJson optimizer, Double learningRate,
                   Integer maxIterations, Double tolerance, List<Double> start) {
    }

    @JsonPropertyOrder({"layout", "logColours"})
    record ViewJson(String layout, Boolean logColours) {
    }
}
