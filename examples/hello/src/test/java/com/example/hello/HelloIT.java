package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Runs against the box that dockerbox:start brought up; its address comes from hello.url. */
class HelloIT {
    @Test
    void boxAnswers() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(System.getProperty("hello.url"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertEquals("hello from example/hello", page.body().strip());
    }
}
