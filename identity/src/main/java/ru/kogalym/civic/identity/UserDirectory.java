package ru.kogalym.civic.identity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import ru.kogalym.civic.contract.identity.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The users both services authenticate against: one MongoDB document per user, read and written only through this
 * mapping. The command side writes roles and enabled from the account's events (each guarded by the event's sequence
 * number, so a replay never moves an account back) and the password hash beside them; the query side only reads.
 */
public final class UserDirectory {

    public static final String COLLECTION = "users";
    private static final String ID = "_id";
    private static final String PASSWORD_HASH = "passwordHash";
    private static final String ROLES = "roles";
    private static final String ENABLED = "enabled";
    private static final String VERSION = "version";

    private final MongoCollection<Document> users;

    public UserDirectory(MongoDatabase database) {
        this.users = database.getCollection(COLLECTION);
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.find(Filters.eq(ID, username)).first()).map(UserDirectory::toAccount);
    }

    public boolean isEmpty() {
        return users.find().limit(1).first() == null;
    }

    public List<UserAccount> all() {
        List<UserAccount> accounts = new ArrayList<>();
        users.find().sort(Sorts.ascending(ID)).forEach(document -> accounts.add(toAccount(document)));
        return accounts;
    }

    /** The account's first event; a second delivery finds it there and changes nothing. */
    public void recordCreated(String username, List<Role> roles, long sequence) {
        try {
            users.insertOne(new Document(ID, username).append(ROLES, names(roles)).append(ENABLED, true)
                                                      .append(VERSION, sequence));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public void recordRoles(String username, List<Role> roles, long sequence) {
        users.updateOne(newerThanStored(username, sequence),
                        Updates.combine(Updates.set(ROLES, names(roles)), Updates.set(VERSION, sequence)));
    }

    public void recordEnabled(String username, boolean enabled, long sequence) {
        users.updateOne(newerThanStored(username, sequence),
                        Updates.combine(Updates.set(ENABLED, enabled), Updates.set(VERSION, sequence)));
    }

    public void setPasswordHash(String username, String passwordHash) {
        users.updateOne(Filters.eq(ID, username), Updates.set(PASSWORD_HASH, passwordHash));
    }

    private static Bson newerThanStored(String username, long sequence) {
        return Filters.and(Filters.eq(ID, username), Filters.lt(VERSION, sequence));
    }

    private static List<String> names(List<Role> roles) {
        return roles.stream().map(Role::name).toList();
    }

    private static UserAccount toAccount(Document document) {
        List<Role> roles = document.getList(ROLES, String.class, List.of()).stream().map(Role::valueOf).toList();
        return new UserAccount(document.getString(ID), document.getString(PASSWORD_HASH), roles,
                               document.getBoolean(ENABLED, false));
    }
}
