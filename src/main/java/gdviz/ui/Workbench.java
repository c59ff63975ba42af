package gdviz.ui;

import gdviz.core.DifferentiableFunction;
import gdviz.core.expr.ParsedFunction;
import gdviz.core.presets.Preset;
import gdviz.ui.background.LatestOnly;
import gdviz.ui.descent.DescentModel;
import gdviz.ui.function.FunctionModel;
import gdviz.ui.optimizer.OptimizerModel;
import gdviz.ui.playback.PlaybackModel;
import gdviz.ui.quiz.QuizModel;
import gdviz.ui.rates.RateMarksModel;
import gdviz.ui.region.ColourScaleAdvice;
import gdviz.ui.region.RegionModel;
import gdviz.ui.runs.PinnedRuns;
import java.util.List;

/**
 * The state of the window, tied together: the typed function feeds the descent, each finished run goes to the
 * playback, and choosing a preset sets the function with its region, start and learning rate. Needs no running
 * toolkit, so everything a user can do short of drawing is tested as plain Java.
 */
public final class Workbench {

    private final FunctionModel function = new FunctionModel();
    private final RegionModel region = new RegionModel();
    private final DescentModel descent;
    private final OptimizerModel optimizer;
    private final RateMarksModel rateMarks;
    private final PinnedRuns pins = new PinnedRuns();
    private final PlaybackModel playback = new PlaybackModel();
    private final QuizModel quiz;

    /** @param runs where descent runs are computed and handed back */
    public Workbench(LatestOnly runs) {
        descent = new DescentModel(runs);
        optimizer = new OptimizerModel(descent.ruleProperty());
        rateMarks = new RateMarksModel(descent);
        function.functionProperty().addListener(changed -> pins.clear());
        function.functionProperty().addListener((obs, old, now) -> descent.functionProperty().set(now.compile()));
        descent.trajectoryProperty().addListener((obs, old, now) -> playback.show(now.size()));
        quiz = new QuizModel(descent, playback);
    }

    public FunctionModel function() {
        return function;
    }

    public RegionModel region() {
        return region;
    }

    public DescentModel descent() {
        return descent;
    }

    public OptimizerModel optimizer() {
        return optimizer;
    }

    public RateMarksModel rateMarks() {
        return rateMarks;
    }

    /** Runs pinned beside the live one; a new function clears them, as they belong to the old one. */
    public PinnedRuns pins() {
        return pins;
    }

    public PlaybackModel playback() {
        return playback;
    }

    /** Quiz mode: clicks guess the next point; it is created after the playback so it acts on new runs last. */
    public QuizModel quiz() {
        return quiz;
    }

    /** The function shown, compiled; null until a text has parsed. */
    public DifferentiableFunction compiledFunction() {
        ParsedFunction parsed = function.functionProperty().get();
        return parsed == null ? null : parsed.compile();
    }

    /** Shows a preset: its function, region, start point and learning rate, with colours that suit it. */
    public void choose(Preset preset) {
        List<Double> start = preset.start();
        descent.rateProperty().set(preset.rate());
        descent.startXProperty().set(start.get(0));
        if (start.size() > 1) {
            descent.startYProperty().set(start.get(1));
        }
        region.setHome(preset.domain());
        function.textProperty().set(preset.expression());
        DifferentiableFunction shown = compiledFunction();
        region.logColoursProperty().set(shown != null && shown.dimension() == 2
                && ColourScaleAdvice.prefersLogColours(shown, preset.domain()));
    }
}
