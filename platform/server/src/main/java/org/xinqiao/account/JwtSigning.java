package org.xinqiao.account;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.xinqiao.common.Secrets;

/**
 * Tokens are signed (HS256) with a key derived from the server's master key, never a secret written in config.
 * The same bean verifies them; with a signature configured, unsigned ({@code alg: none}) tokens are refused.
 */
@Factory
class JwtSigning {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration generatorSignature(Secrets secrets) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setBase64(true);
        configuration.setSecret(Base64.getEncoder().encodeToString(secrets.derive("jwt-signing")));
        return new SecretSignature(configuration);
    }
}
