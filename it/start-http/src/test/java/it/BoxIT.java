package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class BoxIT {
    @Test
    void theStartedBoxAnswersOnThePublishedPort() throws Exception {
        String url = "http://" + System.getProperty("web.host") + ":" + System.getProperty("web.port") + "/index.html";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("hello from the box", response.body().strip());
        assertFalse(Boolean.getBoolean("it.fail"), "it.fail=true makes this test fail on purpose");
    }
}
