package vn.kehoachxa.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.files.SafeFiles;

/**
 * Hướng dẫn sử dụng: the user guide shipped in the app ({@code docs/huong-dan-su-dung.md} and its screenshots), written
 * out as one HTML page per chapter into {@code <data folder>/huong-dan/} so the system browser shows it offline (F1).
 *
 * <p>One page per chapter rather than one page with anchors: Windows drops the {@code #fragment} of a {@code file:}
 * address handed to the default browser, so F1 would always land at the top. Pages are written again only when the
 * guide shipped in the app changed (a new version), which a stamp file records.
 */
public final class UserGuideService {
    /** Where the guide sits in the app's resources (copied there from {@code docs/} at build time). */
    static final String RESOURCE_FOLDER = "/guide/";
    static final String GUIDE = "huong-dan-su-dung.md";
    static final String FOLDER = "huong-dan";
    static final String INDEX = "index.html";
    private static final String STAMP = ".phien-ban";
    private static final Pattern CHAPTER = Pattern.compile("^<!-- chuong: ([a-z-]+) -->\\s*$", Pattern.MULTILINE);
    private static final Pattern TITLE = Pattern.compile("^#{1,2} (.+)$", Pattern.MULTILINE);
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\(huong-dan/anh/([^)]+\\.png)\\)");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Path folder;
    private final Guide guide;

    /** The guide of this app, written under {@code dataFolder}. */
    public UserGuideService(Path dataFolder) {
        this(dataFolder, read(RESOURCE_FOLDER + GUIDE));
    }

    UserGuideService(Path dataFolder, String markdown) {
        this.folder = dataFolder.resolve(FOLDER);
        this.guide = Guide.parse(markdown);
    }

    /** The chapters' keys in order ({@code bat-dau}, {@code lap-ke-hoach} …). */
    public List<String> chapters() {
        return List.copyOf(guide.chapters().keySet());
    }

    /** The chapter's title as the guide writes it, if there is such a chapter. */
    public Optional<String> title(String chapter) {
        return Optional.ofNullable(guide.chapters().get(chapter)).map(Chapter::title);
    }

    /**
     * The page of {@code chapter} (the contents page when there is no such chapter), with every page and picture of
     * the guide written out first if this version's are not there yet.
     */
    public Path page(String chapter) {
        writeIfChanged();
        return guide.chapters().containsKey(chapter) ? folder.resolve(chapter + ".html") : folder.resolve(INDEX);
    }

    private synchronized void writeIfChanged() {
        Path stamp = folder.resolve(STAMP);
        try {
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(guide.fingerprint())) {
                return;
            }
            Files.createDirectories(folder.resolve("anh"));
        } catch (IOException e) {
            throw new DomainException(Texts.get("guide.cannotWrite", folder), e);
        }
        SafeFiles.writeString(folder.resolve(INDEX), page(guide.title(), guide.intro(), null));
        for (Chapter c : guide.chapters().values()) {
            SafeFiles.writeString(folder.resolve(c.key() + ".html"), page(c.title(), c.markdown(), c.key()));
            for (String image : c.images()) {
                Path target = folder.resolve("anh").resolve(image);
                SafeFiles.write(target, bytes(RESOURCE_FOLDER + "huong-dan/anh/" + image));
            }
        }
        // Last, so a write cut short is redone at the next F1.
        SafeFiles.writeString(stamp, guide.fingerprint());
    }

    private String page(String title, String markdown, String current) {
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        Node document = parser.parse(markdown);
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).build().render(document)
                .replace("src=\"huong-dan/anh/", "src=\"anh/");
        StringBuilder nav = new StringBuilder("<nav><a href=\"" + INDEX + "\">" + escape(Texts.get("guide.contents"))
                + "</a>");
        for (Chapter c : guide.chapters().values()) {
            String cls = c.key().equals(current) ? " class=\"current\"" : "";
            nav.append("<a href=\"").append(c.key()).append(".html\"").append(cls).append('>')
                    .append(escape(c.title())).append("</a>");
        }
        nav.append("</nav>");
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s — %s</title>
                <style>
                body{font-family:"Segoe UI",Arial,sans-serif;font-size:17px;line-height:1.55;margin:0;color:#1b1f24;
                display:flex}
                nav{width:260px;min-width:220px;background:#f1f4f8;padding:16px;height:100vh;position:sticky;top:0;
                overflow:auto;box-sizing:border-box}
                nav a{display:block;padding:6px 8px;color:#0b57d0;text-decoration:none;border-radius:4px}
                nav a.current{background:#dbe6f6;font-weight:600}
                main{padding:16px 32px;max-width:900px}
                img{max-width:100%%;border:1px solid #c9d1db;border-radius:4px;margin:6px 0}
                table{border-collapse:collapse}td,th{border:1px solid #c9d1db;padding:4px 10px;text-align:left}
                code{background:#f1f4f8;padding:1px 4px;border-radius:3px}
                </style></head>
                <body>%s<main>%s</main></body></html>
                """.formatted(escape(title), escape(guide.title()), nav, body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = UserGuideService.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DomainException(Texts.get("guide.missing", resource));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One chapter: its key (the page name), title, Markdown and the screenshots it shows. */
    record Chapter(String key, String title, String markdown, List<String> images) {
    }

    /** The guide split at its {@code <!-- chuong: key -->} marks. */
    record Guide(String title, String intro, Map<String, Chapter> chapters, String fingerprint) {
        static Guide parse(String markdown) {
            Matcher marks = CHAPTER.matcher(markdown);
            List<int[]> spans = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            while (marks.find()) {
                spans.add(new int[] {marks.start(), marks.end()});
                keys.add(marks.group(1));
            }
            String intro = spans.isEmpty() ? markdown : markdown.substring(0, spans.getFirst()[0]);
            Map<String, Chapter> chapters = new LinkedHashMap<>();
            for (int i = 0; i < spans.size(); i++) {
                int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : markdown.length();
                String text = markdown.substring(spans.get(i)[1], end).strip();
                Matcher title = TITLE.matcher(text);
                String heading = title.find() ? title.group(1).strip() : keys.get(i);
                List<String> images = new ArrayList<>();
                Matcher image = IMAGE.matcher(text);
                while (image.find()) {
                    images.add(image.group(1));
                }
                chapters.put(keys.get(i), new Chapter(keys.get(i), heading, text, List.copyOf(images)));
            }
            Matcher title = TITLE.matcher(intro);
            String guideTitle = title.find() ? title.group(1).strip() : "";
            StringBuilder contents = new StringBuilder(intro.strip()).append("\n\n");
            for (Chapter c : chapters.values()) {
                contents.append("- [").append(c.title()).append("](").append(c.key()).append(".html)\n");
            }
            return new Guide(guideTitle, contents.toString(), chapters, Fingerprints.sha256(markdown.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
