package vn.kehoachxa.service;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import vn.kehoachxa.files.SafeFiles;

/**
 * Thư nháp: one .eml message, written through {@link SafeFiles}, that Outlook opens as a draft ready to send
 * ({@code X-Unsent: 1}); Thunderbird opens it as a message to edit as new. No From: the mail program fills in the
 * office's own account. Used for the report package sent upward and for the forms sent to units, so both are built
 * the same way.
 */
final class MailDrafts {
    private MailDrafts() {
    }

    /** One recipient: an address and, optionally, the name shown beside it. */
    record Recipient(String email, String name) {
    }

    /**
     * Writes the draft to {@code eml}: {@code to} (may be empty: the official fills it in), a UTF-8 subject and plain
     * text body, dated {@code date}, with {@code attachments} in order.
     */
    static void write(Path eml, List<Recipient> to, String subject, String body, List<Path> attachments,
                      Instant date) throws IOException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        try {
            for (Recipient r : to) {
                message.addRecipient(MimeMessage.RecipientType.TO, r.name() == null || r.name().isBlank()
                        ? new InternetAddress(r.email().strip(), true)
                        : new InternetAddress(r.email().strip(), r.name().strip(), "UTF-8"));
            }
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(date));
            // Outlook opens a message with this header as a draft ready to send; Thunderbird ignores it.
            message.setHeader("X-Unsent", "1");
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            mixed.addBodyPart(text);
            for (Path f : attachments) {
                mixed.addBodyPart(attachment(f));
            }
            message.setContent(mixed);
            message.saveChanges();
        } catch (MessagingException e) {
            throw new IOException(e.getMessage(), e);
        }
        SafeFiles.write(eml, out -> {
            try {
                message.writeTo(out);
            } catch (MessagingException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    /**
     * The file as a base64 attachment. A Vietnamese file name ("Báo cáo Q1-2027 - Trạm Y tế xã.xlsx") is written as
     * RFC 2047 encoded words, the form common mail programs themselves send, instead of the library's default RFC
     * 2231 parameter, which it splits into numbered pieces for a long name.
     */
    private static MimeBodyPart attachment(Path f) throws IOException, MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        String type = contentType(f);
        part.attachFile(f.toFile(), type, "base64");
        String name = MimeUtility.encodeText(f.getFileName().toString(), "UTF-8", "B");
        part.setHeader("Content-Type", type + "; name=\"" + name + "\"");
        part.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        return part;
    }

    private static String contentType(Path f) {
        String name = f.getFileName().toString();
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".xml")) {
            return "application/xml";
        }
        return name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    }
}
