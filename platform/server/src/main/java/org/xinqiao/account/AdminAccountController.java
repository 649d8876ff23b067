package org.xinqiao.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.xinqiao.common.Callers;

@Controller("/api/v1/admin/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Accounts")
class AdminAccountController {

    private final AccountService accounts;

    AdminAccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Post
    @ApiResponse(responseCode = "201", description = "Created")
    HttpResponse<AccountView> create(@Body @Valid CreateStaffRequest request, Authentication authentication) {
        return HttpResponse.created(accounts.createStaff(Callers.id(authentication), request.username(),
                request.password(), request.displayName(), request.roles(), request.villageIds() == null ? List.of() : request.villageIds()));
    }

    /** Replaces the roles and villages of any account, WeChat ones included. */
    @Put("/{id}/roles")
    AccountView grant(long id, @Body @Valid GrantRequest request, Authentication authentication) {
        return accounts.grant(Callers.id(authentication), id, request.roles(),
                request.villageIds() == null ? List.of() : request.villageIds());
    }

    @Serdeable
    record CreateStaffRequest(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-'") String username,
            @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull Set<Role> roles,
            @io.micronaut.core.annotation.Nullable List<Long> villageIds) {
    }

    @Serdeable
    record GrantRequest(@NotNull Set<Role> roles, @io.micronaut.core.annotation.Nullable List<Long> villageIds) {
    }
}
