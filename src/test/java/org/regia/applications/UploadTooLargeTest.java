package org.regia.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file above the server's multipart limit (25 MB), through the real servlet container: the browser form comes back
 * to the dossier with a message in the page's language instead of the container's bare 413 page; the API gets a 413
 * problem; nothing is stored in either case.
 */
class UploadTooLargeTest extends IntegrationTest {

    static final String ANN = "ann.big@example.org";

    @LocalServerPort int port;
    @Autowired CatalogueService catalogue;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFileAboveTheServerLimitComesBackWithAMessageAndStoresNothing() throws Exception {
        createUser("officer.big@example.org", Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        actAs("officer.big@example.org");
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        Organisation org = ApplicationFixture.organisation(organisations, "Big Files SRL", OrganisationType.COMPANY, "07445566", 20, 3_000_000);
        Application a = applications.create(call.getId(), org.getId(), "Heavy project");

        String loginPage = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(ANN) + "&password=" + enc(PASSWORD)
                        + "&_csrf=" + enc(find("name=\"_csrf\" value=\"([^\"]+)\"", loginPage)))));
        assertThat(login.statusCode()).isEqualTo(302);
        String dossier = "/applications/" + a.getId();
        String token = find("<meta name=\"_csrf\" content=\"([^\"]+)\"", send(HttpRequest.newBuilder(uri(dossier + "?lang=fr")).GET()).body());

        byte[] file = new byte[26 * 1024 * 1024 + 1];
        Arrays.fill(file, (byte) 'a');
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, file, 0, 9);

        // the browser form: back to the dossier, which says why
        HttpResponse<String> upload = send(multipart(dossier + "/attachments", token, file).header("Referer", uri(dossier).toString()));
        assertThat(upload.statusCode()).isEqualTo(303);
        String location = upload.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(dossier + "?uploadTooLarge");
        HttpResponse<String> back = send(HttpRequest.newBuilder(uri(location)).GET());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("id=\"upload-too-large\"").contains("Le fichier envoyé dépasse la taille acceptée par le serveur (25MB)");

        // a referer on another site is not followed: the answer is the 413 problem
        HttpResponse<String> foreign = send(multipart(dossier + "/attachments", token, file).header("Referer", "https://evil.example/x"));
        assertThat(foreign.statusCode()).isEqualTo(413);
        assertThat(foreign.body()).contains("\"status\":413").contains("nothing was saved");

        // nothing stored
        assertThat(jdbc().queryForObject("select count(*) from application_attachment where application_id = ?", Integer.class, a.getId()))
                .isZero();

        // a file under the limit still reaches the application and gets its own, per-call message (10 MB here)
        byte[] medium = Arrays.copyOf(file, 11 * 1024 * 1024);
        HttpResponse<String> refused = send(multipart(dossier + "/attachments", token, medium).header("Referer", uri(dossier).toString()));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).doesNotContain("uploadTooLarge");
    }

    HttpRequest.Builder multipart(String path, String token, byte[] file) throws Exception {
        String boundary = "big" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fieldKey\"\r\n\r\nprojectDescription\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(file);
        b.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray()));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String find(String regex, String body) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }
}
