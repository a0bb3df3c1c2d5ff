package vn.kehoachxa.exchange.collect;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.PackageRejectedException;
import vn.kehoachxa.domain.collect.PackageRejection;

/**
 * Reads the packages attached to one .eml saved from a mail program (Outlook, Thunderbird, webmail "download"):
 * multipart MIME with base64 or quoted-printable attachments, nested parts and forwarded messages included. Every
 * attached .zip is a package (or several); attachments that are a package's own files (the draft "Gửi báo cáo"
 * writes attaches the folder's files, {@code manifest.json} among them) together make one more. Uses Jakarta Mail
 * (Angus, already the app's mail library) over the file itself, so an attachment is decoded only while it is read,
 * and each read stops at its limit: a .zip over {@link PackageLayout#MAX_ARCHIVE_BYTES}, a loose file over
 * {@link PackageLayout#MAX_FILE_BYTES}.
 */
final class MailPackages {
    private record Attachment(String name, Part part) {
    }

    private MailPackages() {
    }

    /**
     * Every package attached to {@code eml}, named "{@code mail} › attachment" in messages; a mail with none gives
     * one NOT_A_PACKAGE result.
     *
     * @throws PackageRejectedException MALFORMED when the file is not a readable mail message
     */
    static List<PackageReadResult> read(Path eml, String mail) {
        List<PackageReadResult> out = new ArrayList<>();
        try (SharedFileInputStream in = new SharedFileInputStream(eml.toFile())) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            List<Attachment> attachments = new ArrayList<>();
            collect(message, attachments, 0);
            List<Attachment> loose = new ArrayList<>();
            for (Attachment a : attachments) {
                if (a.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    out.addAll(zip(a, PackageCheck.in(mail, a.name())));
                } else {
                    loose.add(a);
                }
            }
            if (loose.stream().anyMatch(a -> a.name().equals(PackageLayout.MANIFEST))) {
                out.add(loose(loose, mail));
            }
        } catch (MessagingException | IOException e) {
            throw new PackageRejectedException(PackageRejection.MALFORMED,
                    Texts.get("collect.read.badMail", mail, e.getMessage()), e);
        }
        if (out.isEmpty()) {
            out.add(new PackageReadResult(mail, null, new PackageRejectedException(PackageRejection.NOT_A_PACKAGE,
                    Texts.get("collect.read.noPackageInMail", mail))));
        }
        return out;
    }

    /** Every part carrying a file name, depth first in the message's order (nested and forwarded ones too). */
    private static void collect(Part part, List<Attachment> out, int depth) throws MessagingException, IOException {
        if (depth > 10) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                collect(child, out, depth + 1);
            }
        } else if (part.isMimeType("message/rfc822")) {
            collect((Part) part.getContent(), out, depth + 1);
        } else {
            String name = fileName(part);
            if (name != null) {
                out.add(new Attachment(name, part));
            }
        }
    }

    /** The attachment's file name, decoded (RFC 2231 or RFC 2047 words) and without any folder a sender put in. */
    static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                // Left as written: an unknown charset only spoils the name shown.
            }
        }
        name = name.strip();
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return cut >= 0 ? name.substring(cut + 1) : name;
    }

    private static List<PackageReadResult> zip(Attachment a, String source) {
        try {
            byte[] bytes;
            try (InputStream in = a.part().getInputStream()) {
                bytes = readUpTo(in, source, PackageLayout.MAX_ARCHIVE_BYTES);
            }
            return ZipPackages.read(new ByteArrayInputStream(bytes), source);
        } catch (PackageRejectedException e) {
            return List.of(new PackageReadResult(source, null, e));
        } catch (MessagingException | IOException e) {
            return List.of(new PackageReadResult(source, null, new PackageRejectedException(
                    PackageRejection.MALFORMED, Texts.get("collect.read.badZip", source, e.getMessage()), e)));
        }
    }

    /** The package made of the loose attachments (the first of each name counts). */
    private static PackageReadResult loose(List<Attachment> loose, String mail) {
        Map<String, Attachment> byName = new HashMap<>();
        loose.forEach(a -> byName.putIfAbsent(a.name(), a));
        try {
            return new PackageReadResult(mail, PackageCheck.check(mail, name -> {
                Attachment a = byName.get(name);
                if (a == null) {
                    return null;
                }
                try (InputStream in = a.part().getInputStream()) {
                    return PackageCheck.read(in, PackageCheck.in(mail, name), PackageLayout.MAX_FILE_BYTES,
                            PackageCheck.keeps(name));
                } catch (MessagingException | IOException e) {
                    throw new PackageRejectedException(PackageRejection.MALFORMED,
                            Texts.get("collect.read.badMail", PackageCheck.in(mail, name), e.getMessage()), e);
                }
            }), null);
        } catch (PackageRejectedException e) {
            return new PackageReadResult(mail, null, e);
        }
    }

    /** All of {@code in}, refusing (TOO_LARGE) as soon as it passes {@code limit} bytes. */
    private static byte[] readUpTo(InputStream in, String name, long limit) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            if (size > limit) {
                throw PackageCheck.tooLarge(name, size, limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
