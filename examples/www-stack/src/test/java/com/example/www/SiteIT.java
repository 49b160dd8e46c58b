package com.example.www;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Runs against the site box that dockerbox:start brought up; its address comes from site.url. */
class SiteIT {
    private static final String URL = System.getProperty("site.url");

    private static HttpResponse<String> get() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create(URL)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pageShowsTheRowFromMariaDb() throws Exception {
        HttpResponse<String> page = get();
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("- Hello from MariaDB"), page.body());
    }

    @Test
    void devBoxShowsErrorsProductionBoxDoesNot() throws Exception {
        String body = get().body();
        // "box: example/www-site on example/wwwserver-dev:3" on the dev chain, "... on example/wwwserver:2" with
        // -Ddockerbox.from; with -Dwww.registry the names start with the registry
        boolean dev = body.contains("example/wwwserver-dev:");
        assertTrue(dev || body.contains("example/wwwserver:"), body);
        assertTrue(body.contains("display_errors=" + (dev ? "On" : "Off")), body);
    }
}
