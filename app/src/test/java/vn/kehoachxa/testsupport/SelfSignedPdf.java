package vn.kehoachxa.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a PDF as a signer tool would — an incremental update with an adbe.pkcs7.detached signature, into the first
 * empty signature field when there is one — with a self-signed key made by the JDK's keytool. The CMS SignedData
 * (no signed attributes) is written here in DER, so the tests need no BouncyCastle.
 */
public final class SelfSignedPdf {
    private static final char[] PASSWORD = "ky-so-thu".toCharArray();

    private SelfSignedPdf() {
    }

    /** Writes {@code target} as {@code source} signed by {@code signer} (a key made in {@code keyFolder}). */
    public static Path sign(Path source, Path target, String signer, Path keyFolder) throws Exception {
        Path store = keyFolder.resolve("khoa-" + Math.abs(signer.hashCode()) + ".p12");
        if (!Files.exists(store)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "ky", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                    "-dname", "CN=" + signer + ", O=UBND, C=VN", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed");
            }
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASSWORD);
        }
        PrivateKey key = (PrivateKey) ks.getKey("ky", PASSWORD);
        X509Certificate cert = (X509Certificate) ks.getCertificate("ky");
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            PDSignature sig = new PDSignature();
            boolean[] placed = {false};
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            sig.setName(signer);
            sig.setSignDate(Calendar.getInstance());
            // As a signer tool does: the first empty signature field takes the signature (signing in place).
            var form = doc.getDocumentCatalog().getAcroForm(null);
            if (form != null) {
                form.getFieldTree().forEach(f -> {
                    if (f instanceof PDSignatureField field && field.getSignature() == null
                            && !placed[0]) {
                        field.getCOSObject().setItem(COSName.V, sig);
                        placed[0] = true;
                    }
                });
            }
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(16_384);
            doc.addSignature(sig, content -> {
                try {
                    return cms(content.readAllBytes(), key, cert);
                } catch (GeneralSecurityException e) {
                    throw new IOException(e);
                }
            }, options);
            try (OutputStream out = Files.newOutputStream(target)) {
                doc.saveIncremental(out);
            }
            options.close();
        }
        return target;
    }

    private static final byte[] SHA256 = {0x06, 0x09, 0x60, (byte) 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01};
    private static final byte[] SIGNED_DATA = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D,
        0x01, 0x07, 0x02};
    private static final byte[] DATA = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01,
        0x07, 0x01};
    private static final byte[] RSA = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01,
        0x01, 0x01};
    private static final byte[] NULL = {0x05, 0x00};

    /** CMS SignedData, detached, one signer identified by issuer and serial number, SHA-256 with RSA. */
    static byte[] cms(byte[] content, PrivateKey key, X509Certificate cert) throws GeneralSecurityException {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(content);
        byte[] signature = rsa.sign();
        byte[] sha256 = tlv(0x30, SHA256, NULL);
        byte[] signerInfo = tlv(0x30, integer(BigInteger.ONE),
                tlv(0x30, cert.getIssuerX500Principal().getEncoded(), integer(cert.getSerialNumber())),
                sha256, tlv(0x30, RSA, NULL), tlv(0x04, signature));
        byte[] signedData = tlv(0x30, integer(BigInteger.ONE), tlv(0x31, sha256), tlv(0x30, DATA),
                tlv(0xA0, cert.getEncoded()), tlv(0x31, signerInfo));
        return tlv(0x30, SIGNED_DATA, tlv(0xA0, signedData));
    }

    private static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    private static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        int n = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else {
            byte[] len = BigInteger.valueOf(n).toByteArray();
            int skip = len[0] == 0 ? 1 : 0;
            out.write(0x80 | (len.length - skip));
            out.write(len, skip, len.length - skip);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
