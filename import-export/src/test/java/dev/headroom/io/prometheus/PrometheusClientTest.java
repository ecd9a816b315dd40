package dev.headroom.io.prometheus;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client's reading of answers and failures, against a server in the test that answers as told. */
class PrometheusClientTest {
    private static final RangeRequest RANGE = new RangeRequest(Instant.ofEpochSecond(1_704_067_200L),
            Instant.ofEpochSecond(1_704_070_800L), Duration.ofHours(1), 2);

    private static RangeResult query(FakePrometheus server, PrometheusAuth auth, Duration timeout) {
        return new PrometheusClient(server.url(), auth, timeout, server.serverName()).queryRange("up", RANGE);
    }

    @Test
    void readsTheMatrixAndSendsTheQueryWithItsRange() {
        try (FakePrometheus server = FakePrometheus.json(200,
                FakePrometheus.matrix("[1704067200,\"1.5\"],[1704070800.5,\"NaN\"]", ""))) {
            RangeResult result = query(server, PrometheusAuth.NONE, Duration.ofSeconds(5));

            assertThat(result.warnings()).isEmpty();
            assertThat(result.series()).singleElement().satisfies(s -> {
                assertThat(s.labels()).isEqualTo(Map.of("namespace", "shop"));
                assertThat(s.millis()).containsExactly(1_704_067_200_000L, 1_704_070_800_500L);
                assertThat(s.values()[0]).isEqualTo(1.5);
                assertThat(s.values()[1]).isNaN();
            });
            assertThat(URLDecoder.decode(server.forms.getFirst(), StandardCharsets.UTF_8))
                    .isEqualTo("query=up&start=1704067200&end=1704070800&step=3600&timeout=5s");
            assertThat(server.authorizations).containsExactly("null");
        }
    }

    @Test
    void sendsBasicAndBearerCredentialsButNeverShowsThem() {
        try (FakePrometheus server = FakePrometheus.json(200, FakePrometheus.matrix("[1704067200,\"1\"]", ""))) {
            PrometheusAuth basic = PrometheusAuth.basic("planner", "s3cret:é".toCharArray());
            PrometheusAuth bearer = PrometheusAuth.bearer("tok-123".toCharArray());
            query(server, basic, Duration.ofSeconds(5));
            query(server, bearer, Duration.ofSeconds(5));

            assertThat(server.authorizations).containsExactly("Basic " + java.util.Base64.getEncoder()
                    .encodeToString("planner:s3cret:é".getBytes(StandardCharsets.UTF_8)), "Bearer tok-123");
            assertThat(basic.toString()).isEqualTo("basic authentication as planner").doesNotContain("s3cret");
            assertThat(bearer.toString()).doesNotContain("tok-123");
        }
    }

    @Test
    void refusedCredentialsStopEveryQuery() {
        try (FakePrometheus server = FakePrometheus.json(401, "Unauthorized")) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.bearer("x".toCharArray()), Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.serverWide()).isTrue())
                    .hasMessage("the Prometheus server at " + server.serverName()
                            + " refused the credentials (HTTP 401 Unauthorized)");
        }
        try (FakePrometheus server = FakePrometheus.json(403, "")) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.NONE, Duration.ofSeconds(5)))
                    .hasMessageContaining("refused the credentials (HTTP 403 Forbidden); it asks for authentication");
        }
    }

    @Test
    void prometheusOwnErrorIsShownAsItSaysIt() {
        try (FakePrometheus server = FakePrometheus.json(422,
                "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query processing would load too many samples\"}")) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.NONE, Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.serverWide()).isFalse())
                    .hasMessage("execution: query processing would load too many samples");
        }
    }

    @Test
    void anHttpErrorThatIsNotPrometheusShowsTheStatusAndTheStartOfTheBody() {
        try (FakePrometheus server = new FakePrometheus(502, "text/html", "<html>  Bad\n gateway</html>", 0)) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.NONE, Duration.ofSeconds(5)))
                    .hasMessage("the Prometheus server at " + server.serverName()
                            + " answered HTTP 502: <html> Bad gateway</html>");
        }
    }

    @Test
    void aPageThatIsNotTheApiIsNamed() {
        try (FakePrometheus server = new FakePrometheus(200, "text/html", "<!doctype html><title>Grafana</title>", 0)) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.NONE, Duration.ofSeconds(5)))
                    .hasMessage("the server at " + server.serverName() + " did not answer as a Prometheus API (no JSON at "
                            + server.url() + "/api/v1/query_range); is the URL the server's root?");
        }
    }

    @Test
    void warningsAreKept() {
        try (FakePrometheus server = FakePrometheus.json(200,
                FakePrometheus.matrix("[1704067200,\"1\"]", ",\"warnings\":[\"store eu-1 did not answer\"]"))) {
            assertThat(query(server, PrometheusAuth.NONE, Duration.ofSeconds(5)).warnings())
                    .containsExactly("store eu-1 did not answer");
        }
    }

    @Test
    void infiniteValuesHistogramsAndScalarsAreRefusedInWords() {
        try (FakePrometheus server = FakePrometheus.json(200, FakePrometheus.matrix("[1704067200,\"+Inf\"]", ""))) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.NONE, Duration.ofSeconds(5)))
                    .hasMessageStartingWith("the query gives an infinite value");
        }
        try (FakePrometheus server = FakePrometheus.json(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\","
                + "\"result\":[{\"metric\":{},\"histograms\":[[1704067200,{\"count\":\"1\"}]]}]}}")) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.NONE, Duration.ofSeconds(5)))
                    .hasMessageStartingWith("the query gives native histograms");
        }
        try (FakePrometheus server = FakePrometheus.json(200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"string\",\"result\":[1704067200,\"x\"]}}")) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.NONE, Duration.ofSeconds(5)))
                    .hasMessageStartingWith("the query gives a string, not series over time");
        }
    }

    @Test
    void aServerThatStallsTimesOut() {
        try (FakePrometheus server = new FakePrometheus(200, "application/json",
                FakePrometheus.matrix("[1704067200,\"1\"]", ""), 3_000)) {
            assertThatThrownBy(() -> query(server, PrometheusAuth.NONE, Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.serverWide()).isTrue())
                    .hasMessage("the Prometheus server at " + server.serverName() + " did not answer within 1 s;"
                            + " try a shorter range, a longer step or a longer time-out");
        }
    }
}
