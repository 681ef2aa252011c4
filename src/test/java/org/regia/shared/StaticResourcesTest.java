package org.regia.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.regia.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Webjars by version-less paths still work with the link-rewriting filter switched off (StaticResourcesConfiguration). */
class StaticResourcesTest extends IntegrationTest {

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void webjarsAreServedByVersionlessPathsAndPagesLinkThemAsWritten() throws Exception {
        HttpResponse<String> htmx = get("/webjars/htmx.org/dist/htmx.min.js");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(htmx.body()).contains("htmx");
        assertThat(get("/webjars/echarts/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx.org/dist/no-such-file.js").statusCode()).isEqualTo(404);

        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
    }
}
