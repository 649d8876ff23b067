package org.xinqiao.account;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.xinqiao.common.Callers;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Accounts")
class AuthController {

    private final WeChatLogin weChat;
    private final PasswordLogin passwords;
    private final TokenService tokens;
    private final AccountService accounts;

    AuthController(WeChatLogin weChat, PasswordLogin passwords, TokenService tokens, AccountService accounts) {
        this.weChat = weChat;
        this.passwords = passwords;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** Exchanges a mini-program {@code wx.login} code for tokens. */
    @Post("/auth/wechat")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Tokens weChat(@Body @Valid WeChatLoginRequest request) {
        return tokens.issue(weChat.login(request.code()));
    }

    @Post("/auth/password")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Tokens password(@Body @Valid PasswordLoginRequest request) {
        return tokens.issue(passwords.login(request.username(), request.password()));
    }

    /** Rotates: the refresh token sent is used up and a new pair comes back. */
    @Post("/auth/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Tokens refresh(@Body @Valid RefreshRequest request) {
        return tokens.refresh(request.refreshToken());
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    AccountView me(Authentication authentication) {
        return accounts.view(Callers.id(authentication));
    }

    @Serdeable
    record WeChatLoginRequest(@NotBlank @Size(max = 128) String code) {
    }

    @Serdeable
    record PasswordLoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }
}
