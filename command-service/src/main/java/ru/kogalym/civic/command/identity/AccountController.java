package ru.kogalym.civic.command.identity;

import ru.kogalym.civic.command.common.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.kogalym.civic.command.common.RuleViolationException;
import ru.kogalym.civic.command.web.ApiProblem;
import ru.kogalym.civic.command.web.CommandSender;
import ru.kogalym.civic.command.web.ReasonRequest;
import ru.kogalym.civic.contract.identity.Role;
import ru.kogalym.civic.identity.UserAccount;
import ru.kogalym.civic.identity.UserDirectory;

import java.net.URI;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The administrators' API: users and their roles (ADMIN only). Passwords go in, never come out. */
@Tag(name = "Users", description = "Administrators manage users and their roles; every change is an event")
@RestController
@RequestMapping(path = AccountController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class AccountController {

    static final String PATH = "/api/admin/users";

    record CreateUserRequest(
            @Schema(requiredMode = REQUIRED, example = "ivanova") String username,
            @Schema(requiredMode = REQUIRED, description = "At least 12 characters, at most 72 bytes in UTF-8",
                    example = "длинный-пароль-2021") String password,
            @Schema(requiredMode = REQUIRED) List<Role> roles) {
    }

    record RolesRequest(
            @Schema(requiredMode = REQUIRED) List<Role> roles) {
    }

    record PasswordRequest(
            @Schema(requiredMode = REQUIRED, description = "At least 12 characters, at most 72 bytes in UTF-8",
                    example = "новый-пароль-2021") String password) {
    }

    /** A user as administrators see it; {@code passwordSet} false means it cannot log in until one is set. */
    @Schema(requiredProperties = {"username", "roles", "enabled", "passwordSet"})
    record UserView(String username, List<Role> roles, boolean enabled, boolean passwordSet) {
        static UserView of(UserAccount account) {
            return new UserView(account.username(), account.roles(), account.enabled(),
                                account.passwordHash() != null);
        }
    }

    private final CommandSender commands;
    private final Accounts accounts;
    private final UserDirectory directory;

    AccountController(CommandSender commands, Accounts accounts, UserDirectory directory) {
        this.commands = commands;
        this.accounts = accounts;
        this.directory = directory;
    }

    @Operation(operationId = "listUsers", summary = "Every user with roles and whether it may log in")
    @GetMapping
    List<UserView> list() {
        return directory.all().stream().map(UserView::of).toList();
    }

    @Operation(operationId = "getUser", summary = "One user")
    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return UserView.of(existing(username));
    }

    @Operation(operationId = "createUser", summary = "Create a user with a password and roles",
            responses = @ApiResponse(responseCode = "201", description = "Created",
                    headers = @Header(name = "Location", required = true, description = "Where the user is read",
                            schema = @Schema(type = "string", format = "uri")),
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = UserView.class))))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserView> create(@RequestBody CreateUserRequest request) {
        accounts.create(commands, request.username(), request.password(), request.roles());
        UserAccount created = existing(request.username());
        return ResponseEntity.created(URI.create(PATH + "/" + created.username())).body(UserView.of(created));
    }

    @Operation(operationId = "changeUserRoles", summary = "Give a user exactly these roles from now on")
    @PutMapping(path = "/{username}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changeRoles(@PathVariable String username, @RequestBody RolesRequest request,
                                     @Parameter(hidden = true) Authentication caller) {
        String name = existing(username).username();
        List<Role> roles = Account.roles(request.roles());
        if (name.equals(caller.getName()) && !roles.contains(Role.ADMIN)) {
            throw new RuleViolationException("roles", Problem.ADMIN_SELF_DEMOTION);
        }
        accounts.changeRoles(commands, name, roles);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "resetUserPassword", summary = "Set a new password for a user")
    @PutMapping(path = "/{username}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody PasswordRequest request) {
        accounts.resetPassword(commands, existing(username).username(), request.password());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "disableUser", summary = "Stop a user from logging in, with a reason")
    @PostMapping(path = "/{username}/disable", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> disable(@PathVariable String username, @RequestBody ReasonRequest request,
                                 @Parameter(hidden = true) Authentication caller) {
        String name = existing(username).username();
        if (name.equals(caller.getName())) {
            throw new RuleViolationException(Accounts.USERNAME, Problem.ADMIN_SELF_DISABLE);
        }
        accounts.disable(commands, name, request.reason());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "enableUser", summary = "Let a disabled user log in again, with a reason")
    @PostMapping(path = "/{username}/enable", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> enable(@PathVariable String username, @RequestBody ReasonRequest request) {
        accounts.enable(commands, existing(username).username(), request.reason());
        return ResponseEntity.noContent().build();
    }

    private UserAccount existing(String username) {
        return directory.find(username).orElseThrow(() -> ApiProblem.notFound(Accounts.USERNAME,
                Problem.NO_USER, username.length() > 64 ? username.substring(0, 64) + "…" : username));
    }
}
