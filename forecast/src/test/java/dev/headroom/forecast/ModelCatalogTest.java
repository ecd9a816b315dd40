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
        assertThat(catalog.names()).containsExactly("hw-multiplicative", "hw-additive", "seasonal-trend",
                "log-trend", "changepoint-trend", "trend", "ets", "arima", "theta", "damped", "holt", "ses", "gbm", "drift",
                "snaive", "naive", "croston", "flat");
        assertThat(catalog.byName(" Trend ").name()).isEqualTo("trend");
    }

    @Test
    void anUnknownNameFailsListingTheKnownOnes() {
        assertThatThrownBy(() -> catalog.byName("prophet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown forecast model \"prophet\"; known models: auto, hw-multiplicative, ")
                .hasMessageEndingWith(", croston, flat");
    }

    @Test
    void aForcedModelFallsBackOnlyToSimplerOnes() {
        assertThat(catalog.candidates(Optional.of("naive"))).extracting(ForecastModel::name)
                .containsExactly("naive", "croston", "flat");
        assertThat(catalog.candidates(Optional.empty())).extracting(ForecastModel::name)
                .containsExactlyElementsOf(catalog.names());
    }

    @Test
    void choosesTheRichestModelTheHistorySupports() {
        List<ForecastModel> all = catalog.models();
        double[] positive = new double[30];
        java.util.Arrays.fill(positive, 5);
        assertThat(ModelCatalog.choose(all, positive, 12).name()).isEqualTo("hw-multiplicative");
        assertThat(ModelCatalog.choose(all, new double[30], 12).name()).as("zeros rule out ratios").isEqualTo("hw-additive");
        assertThat(ModelCatalog.choose(all, new double[24], 12).name()).isEqualTo("seasonal-trend");
        assertThat(ModelCatalog.choose(all, new double[23], 12).name()).isEqualTo("changepoint-trend");
        assertThat(ModelCatalog.choose(all, new double[5], 1).name()).isEqualTo("trend");
        assertThat(ModelCatalog.choose(all, new double[] {1, 2}, 12).name()).isEqualTo("drift");
        assertThat(ModelCatalog.choose(all, new double[0], 12).name()).isEqualTo("flat");
    }

    @Test
    void theLastModelMustFitAnyHistory() {
        assertThatThrownBy(() -> new ModelCatalog(List.of(new FlatModel(), new LinearTrendModel())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trend does not fit an empty one");
    }
}
