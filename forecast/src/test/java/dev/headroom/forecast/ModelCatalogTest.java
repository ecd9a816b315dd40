package dev.headroom.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.standard();

    @Test
    void knowsItsModelsByNameIgnoringCase() {
        assertThat(catalog.names()).containsExactly("seasonal-trend", "trend", "flat");
        assertThat(catalog.byName(" Trend ").name()).isEqualTo("trend");
    }

    @Test
    void anUnknownNameFailsListingTheKnownOnes() {
        assertThatThrownBy(() -> catalog.byName("arima"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown forecast model \"arima\"; known models: auto, seasonal-trend, trend, flat");
    }

    @Test
    void aForcedModelFallsBackOnlyToSimplerOnes() {
        assertThat(catalog.candidates(Optional.of("trend"))).extracting(ForecastModel::name)
                .containsExactly("trend", "flat");
        assertThat(catalog.candidates(Optional.empty())).extracting(ForecastModel::name)
                .containsExactly("seasonal-trend", "trend", "flat");
    }

    @Test
    void choosesTheRichestModelTheHistorySupports() {
        List<ForecastModel> all = catalog.models();
        assertThat(ModelCatalog.choose(all, new double[24], 12).name()).isEqualTo("seasonal-trend");
        assertThat(ModelCatalog.choose(all, new double[23], 12).name()).isEqualTo("trend");
        assertThat(ModelCatalog.choose(all, new double[24], 1).name()).isEqualTo("trend");
        assertThat(ModelCatalog.choose(all, new double[] {1, 2}, 12).name()).isEqualTo("flat");
    }

    @Test
    void theLastModelMustFitAnyHistory() {
        assertThatThrownBy(() -> new ModelCatalog(List.of(new FlatModel(), new LinearTrendModel())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trend does not fit an empty one");
    }
}
