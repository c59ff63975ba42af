package gdviz.io;

import static org.assertj.core.api.Assertions.assertThat;

import gdviz.core.DifferentiableFunction;
import gdviz.core.descent.Descent;
import gdviz.core.descent.DescentSettings;
import gdviz.core.descent.GradientDescent;
import gdviz.core.descent.Trajectory;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class StepCsvWriterTest {

    /** f = 2x², gradient 4x. */
    private static final DifferentiableFunction TWO_X_SQUARED = new DifferentiableFunction() {
        @Override
        public List<String> variables() {
            return List.of("x");
        }

        @Override
        public double value(double... point) {
            return 2 * point[0] * point[0];
        }

        @Override
        public double valueAndGradient(double[] point, double[] gradient) {
            gradient[0] = 4 * point[0];
            return value(point);
        }

        @Override
        public double valueGradientHessian(double[] point, double[] gradient, double[] hessian) {
            hessian[0] = 4;
            return valueAndGradient(point, gradient);
        }
    };

    private static String csv(Trajectory trajectory) throws IOException {
        StringWriter out = new StringWriter();
        StepCsvWriter.write(trajectory, out);
        return out.toString();
    }

    @Test
    void writesTheHeaderAndOneLfTerminatedRowPerStep() throws IOException {
        Trajectory run = new Descent(TWO_X_SQUARED, new GradientDescent(), new DescentSettings(0.1, 2, 1e-6))
                .trace(new double[] {1});

        assertThat(csv(run)).isEqualTo("""
                iteration,x,f,grad_x,grad_norm,step_length
                0,1.0,2.0,4.0,4.0,0.0
                1,0.6,0.72,2.4,2.4,0.4
                2,0.36,0.2592,1.44,1.44,0.24
                """);
    }

    @Test
    void tabSeparatedTextHasTheCsvColumnsForTheChosenRows() throws IOException {
        Trajectory run = new Descent(TWO_X_SQUARED, new GradientDescent(), new DescentSettings(0.0123, 40, 0))
                .trace(new double[] {1});

        String all = StepCsvWriter.tabSeparated(run, new int[] {0, 1, 2});
        assertThat(all.lines().toList()).containsExactly(
                "iteration\tx\tf\tgrad_x\tgrad_norm\tstep_length",
                "0\t1.0\t2.0\t4.0\t4.0\t0.0",
                csv(run).lines().skip(2).findFirst().orElseThrow().replace(',', '\t'),
                csv(run).lines().skip(3).findFirst().orElseThrow().replace(',', '\t'));
        assertThat(all).endsWith("\n").doesNotContain("\r");
        String twoRows = StepCsvWriter.tabSeparated(run, new int[] {3, 39});
        assertThat(twoRows.lines().skip(1).map(line -> Double.parseDouble(line.split("\t")[1])))
                .containsExactly(run.coordinate(3, 0), run.coordinate(39, 0));
    }

    @Test
    void headerNamesEveryVariableAndItsPartial() {
        assertThat(StepCsvWriter.header(List.of("w1", "w2")))
                .containsExactly("iteration", "w1", "w2", "f", "grad_w1", "grad_w2", "grad_norm", "step_length");
    }

    @Test
    void numbersReadBackToTheIdenticalDoubles() throws IOException {
        Trajectory run = new Descent(TWO_X_SQUARED, new GradientDescent(), new DescentSettings(0.0123, 40, 0))
                .trace(new double[] {Math.PI});

        List<CSVRecord> rows = CSVParser.parse(csv(run), CSVFormat.DEFAULT.builder().setHeader().get()).getRecords();

        assertThat(rows).hasSize(run.size());
        for (CSVRecord row : rows) {
            int k = Integer.parseInt(row.get("iteration"));
            assertThat(Double.parseDouble(row.get("x"))).isEqualTo(run.coordinate(k, 0));
            assertThat(Double.parseDouble(row.get("f"))).isEqualTo(run.value(k));
            assertThat(Double.parseDouble(row.get("step_length"))).isEqualTo(run.stepLength(k));
        }
    }

    @Test
    void infinityAndLargeNumbersAreSpeltAsJavaSpellsThem() throws IOException {
        Trajectory run = new Descent(TWO_X_SQUARED, new GradientDescent(), DescentSettings.withRate(1e300))
                .trace(new double[] {1});

        assertThat(csv(run)).endsWith("\n1,-4.0E300,Infinity,-1.6E301,1.6E301,4.0E300\n");
    }
}
