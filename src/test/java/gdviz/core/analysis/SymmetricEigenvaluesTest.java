package gdviz.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymmetricEigenvaluesTest {

    @Test
    void aOneByOneMatrixIsItsOwnEigenvalue() {
        assertThat(SymmetricEigenvalues.ascending(new double[] {4}, 1)).containsExactly(4.0);
    }

    @Test
    void theTwoByTwoClosedFormIsExactForTheCoupledBowl() {
        // [[2, 1], [1, 2]]: mean 2, radius hypot(0, 1) = 1.
        assertThat(SymmetricEigenvalues.ascending(new double[] {2, 1, 1, 2}, 2)).containsExactly(1.0, 3.0);
    }

    @Test
    void aTwoByTwoSaddleHasOneNegativeEigenvalue() {
        assertThat(SymmetricEigenvalues.ascending(new double[] {2, 0, 0, -2}, 2)).containsExactly(-2.0, 2.0);
    }

    @Test
    void aDiagonalMatrixGivesItsDiagonalSorted() {
        double[] matrix = {5, 0, 0, 0, -1, 0, 0, 0, 2};

        assertThat(SymmetricEigenvalues.ascending(matrix, 3)).containsExactly(-1.0, 2.0, 5.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 6, 9})
    void randomSymmetricMatricesGiveBackTheEigenvaluesTheyWereBuiltFrom(int n) {
        Random random = new Random(1000 + n);
        for (int trial = 0; trial < 20; trial++) {
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                expected[i] = random.nextDouble() * 20 - 10;
            }
            double[] matrix = Functions.matrixWithEigenvalues(expected, random);
            Arrays.sort(expected);

            double[] actual = SymmetricEigenvalues.ascending(matrix, n);

            for (int i = 0; i < n; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-12 * 10 * n));
            }
        }
    }

    @Test
    void smallEigenvaluesNextToLargeOnesStayAccurate() {
        double[] expected = {1e-6, 1, 1e6};
        double[] matrix = Functions.matrixWithEigenvalues(expected, new Random(7));

        double[] actual = SymmetricEigenvalues.ascending(matrix, 3);

        assertThat(actual[0]).isCloseTo(1e-6, within(1e-9));
        assertThat(actual[2]).isCloseTo(1e6, within(1e-6));
    }

    @Test
    void rowsThatDifferByRoundingAreMadeSymmetric() {
        double[] matrix = {2, 1 + 1e-15, 1 - 1e-15, 2};

        assertThat(SymmetricEigenvalues.ascending(matrix, 2)).containsExactly(1.0, 3.0);
    }

    @Test
    void aMatrixWithANonFiniteEntryHasNoEigenvalues() {
        double[] matrix = {1, 0, 0, 0, Double.NaN, 0, 0, 0, Double.POSITIVE_INFINITY};

        assertThat(SymmetricEigenvalues.ascending(matrix, 3)).containsOnly(Double.NaN);
    }

    @Test
    void refusesAMatrixShorterThanItsSize() {
        assertThatThrownBy(() -> SymmetricEigenvalues.ascending(new double[3], 2))
                .hasMessage("a 2 × 2 matrix needs 4 values, got 3");
        assertThatThrownBy(() -> SymmetricEigenvalues.ascending(new double[0], 0))
                .hasMessage("a matrix needs at least one row, got 0");
    }
}
