// Converts Markdown files to standalone HTML pages for LibreOffice to import.
// Used by make-fixtures.sh; run as a single-file program:
//   java -cp commonmark-0.27.1.jar:commonmark-ext-gfm-tables-0.27.1.jar Md2Html.java in.md out.html [in.md out.html ...]
// HTML comments (for example sofslint-disable directives) are removed so that
// they cannot turn into visible text in the Word document.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

public class Md2Html {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: Md2Html in.md out.html [in.md out.html ...]");
            System.exit(2);
        }
        List<Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        // Give tables visible borders and the full page width, as a worker's Word map would have.
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof TableBlock) {
                        attributes.put("border", "1");
                        attributes.put("cellpadding", "4");
                        attributes.put("width", "100%");
                    }
                })
                .build();
        for (int i = 0; i < args.length; i += 2) {
            String md = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
            Node doc = parser.parse(md);
            List<Node> drop = new ArrayList<>();
            String[] title = {null};
            doc.accept(new AbstractVisitor() {
                @Override public void visit(HtmlBlock b) {
                    String rest = COMMENT.matcher(b.getLiteral()).replaceAll("").strip();
                    if (rest.isEmpty()) drop.add(b); else b.setLiteral(rest + "\n");
                }
                @Override public void visit(HtmlInline h) {
                    if (h.getLiteral().startsWith("<!--")) drop.add(h);
                }
                @Override public void visit(Heading h) {
                    if (title[0] == null && h.getFirstChild() instanceof Text t) title[0] = t.getLiteral();
                    visitChildren(h);
                }
            });
            drop.forEach(Node::unlink);
            String body = renderer.render(doc);
            String html = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                    + escape(title[0] == null ? "Report" : title[0]) + "</title>\n</head>\n<body>\n"
                    + body + "</body>\n</html>\n";
            Files.writeString(Path.of(args[i + 1]), html, StandardCharsets.UTF_8);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
