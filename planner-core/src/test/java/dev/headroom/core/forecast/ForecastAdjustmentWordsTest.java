package dev.headroom.core.forecast;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** An adjustment described in English as before the bundle, and in Chinese for the window. */
class ForecastAdjustmentWordsTest {

    private static final SeriesKey WEB = new SeriesKey("web", "cpu");
    private static final Period START = Period.parse("2026-01");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void englishIsWordForWordAsBefore(long seed) {
        Random random = new Random(seed);
        Period at = START.plus(random.nextInt(40));
        double value = Math.round((random.nextDouble() * 2000 - 99) * 1000) / 1000.0;
        String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        String signed = (value >= 0 ? "+" : "") + number;

        assertThat(ForecastAdjustment.growthPerPeriod(WEB, at, value).describe()).isEqualTo(signed + "% a period from " + at);
        assertThat(ForecastAdjustment.growthOverHorizon(WEB, at, value).describe())
                .isEqualTo(signed + "% over the horizon from " + at);
        assertThat(ForecastAdjustment.step(WEB, at, value).describe()).isEqualTo(signed + " from " + at);
        assertThat(ForecastAdjustment.override(WEB, at, Math.abs(value)).describe())
                .isEqualTo("= " + BigDecimal.valueOf(Math.abs(value)).stripTrailingZeros().toPlainString() + " in " + at);
    }

    @Test
    void chineseForTheWindow() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(ForecastAdjustment.growthPerPeriod(WEB, START, 2).describe(zh)).isEqualTo("自 2026-01 起每期 +2%");
        assertThat(ForecastAdjustment.growthOverHorizon(WEB, START, -5).describe(zh)).isEqualTo("自 2026-01 起在整个期限内共 -5%");
        assertThat(ForecastAdjustment.step(WEB, START, 1234.5).describe(zh)).isEqualTo("自 2026-01 起 +1234.5");
        assertThat(ForecastAdjustment.override(WEB, START, 120).describe(zh)).isEqualTo("2026-01 设为 120");
        assertThat(ForecastAdjustment.override(WEB, START, 120).describe(Locale.ENGLISH)).isEqualTo("= 120 in 2026-01");
    }
}
