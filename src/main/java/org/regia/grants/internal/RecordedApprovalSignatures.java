package org.regia.grants.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.regia.grants.AgreementSignatures;
import org.regia.grants.Grant;
import org.springframework.stereotype.Component;

/** The interim adapter: a signature is the signer's recorded approval of the document, evidenced by its SHA-256. */
@Component
class RecordedApprovalSignatures implements AgreementSignatures {

    @Override
    public String sign(String agreementNumber, Grant.Signatory signatory, String signer, byte[] pdf, Instant at) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(pdf);
            return "approval:sha256=" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
