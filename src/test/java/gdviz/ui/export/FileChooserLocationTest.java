package gdviz.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileChooserLocationTest {

    private static final FileType PNG = new FileType("PNG images", "png");
    private static final FileType SVG = new FileType("SVG drawings", "svg");

    @Test
    void aNameTypedWithoutAnExtensionGetsTheChosenFilters() {
        assertThat(FileChooserLocation.withExtension(Path.of("/tmp/map"), List.of(PNG, SVG), SVG))
                .isEqualTo(Path.of("/tmp/map.svg"));
    }

    @Test
    void aNameWithAnOfferedExtensionKeepsItWhateverTheFilter() {
        assertThat(FileChooserLocation.withExtension(Path.of("/tmp/map.SVG"), List.of(PNG, SVG), PNG))
                .isEqualTo(Path.of("/tmp/map.SVG"));
        assertThat(FileChooserLocation.withExtension(Path.of("/tmp/map.v2"), List.of(PNG, SVG), PNG))
                .isEqualTo(Path.of("/tmp/map.v2.png"));
    }
}
