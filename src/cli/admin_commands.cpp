#include "cli/admin_commands.h"

#include <iostream>
#include <memory>

#include "app/auth/auth_service.h"
#include "app/records/record_service.h"
#include "cli/environment.h"
#include "storage/common/migration.h"

namespace salesdesk::cli {
namespace {

std::string ReadPassword(const std::string& given, bool from_stdin) {
  if (!from_stdin) return given;
  std::string line;
  std::getline(std::cin, line);
  return line;
}

// The id of the user with this e-mail, or an error printed and thrown.
std::int64_t UserIdByEmail(Environment& env, const std::string& email) {
  auto uow = env.store->Read();
  if (!uow.ok()) throw CLI::RuntimeError(Fail(uow.error()));
  auto user = (*uow)->FindUserByEmail(email);
  if (!user.ok()) throw CLI::RuntimeError(Fail(user.error()));
  if (!*user) {
    throw CLI::RuntimeError(Fail(core::Error::Invalid("--email", "no user with e-mail " + email)));
  }
  return (*user)->id;
}

}  // namespace

void AddAdminCommands(CLI::App& app) {
  auto db = std::make_shared<std::string>();

  auto* migrate = app.add_subcommand("migrate", "Apply pending database migrations");
  migrate->add_option("--db", *db, "sqlite:PATH or postgres://...")->required();
  migrate->callback([db] {
    auto env = OpenEnvironment(*db, 1);
    if (!env) throw CLI::RuntimeError(1);
    auto version = storage::CurrentSchemaVersion(*env->db);
    std::cout << "schema version " << (version.ok() ? *version : -1) << "\n";
  });

  auto* user = app.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  struct UserOptions {
    std::string email, name, role = "rep", password;
    bool password_stdin = false;
  };
  auto uo = std::make_shared<UserOptions>();
  auto* add = user->add_subcommand("add", "Create a user (and set the password)");
  add->add_option("--db", *db, "sqlite:PATH or postgres://...")->required();
  add->add_option("--email", uo->email, "sign-in e-mail")->required();
  add->add_option("--name", uo->name, "full name")->required();
  add->add_option("--role", uo->role,
                  "admin, director, senior_manager, manager, rep, finance or logistics");
  add->add_option("--password", uo->password, "password (prefer --password-stdin)");
  add->add_flag("--password-stdin", uo->password_stdin, "read the password from stdin");
  add->callback([db, uo] {
    auto env = OpenEnvironment(*db, 1);
    if (!env) throw CLI::RuntimeError(1);
    app::RecordService records(*env->store, env->clock);
    const auto* users = app::FindEntity("users");
    auto created =
        records.Create(app::Caller::System(), *users,
                       app::Record{{"email", uo->email}, {"name", uo->name}, {"role", uo->role}});
    if (!created.ok()) throw CLI::RuntimeError(Fail(created.error()));
    const std::int64_t id = app::RecordId(created->record);
    std::string password = ReadPassword(uo->password, uo->password_stdin);
    if (!password.empty()) {
      app::AuthService auth(*env->store, env->clock);
      auto set = auth.SetPassword(app::Caller::System(), id, password);
      if (!set.ok()) throw CLI::RuntimeError(Fail(set.error()));
    }
    std::cout << "created user " << id << " <" << uo->email << ">\n";
  });

  auto* setpw = user->add_subcommand("set-password", "Set a user's password; ends their sessions");
  setpw->add_option("--db", *db, "sqlite:PATH or postgres://...")->required();
  setpw->add_option("--email", uo->email, "the user's e-mail")->required();
  setpw->add_option("--password", uo->password, "new password (prefer --password-stdin)");
  setpw->add_flag("--password-stdin", uo->password_stdin, "read the password from stdin");
  setpw->callback([db, uo] {
    auto env = OpenEnvironment(*db, 1);
    if (!env) throw CLI::RuntimeError(1);
    app::AuthService auth(*env->store, env->clock);
    auto set = auth.SetPassword(app::Caller::System(), UserIdByEmail(*env, uo->email),
                                ReadPassword(uo->password, uo->password_stdin));
    if (!set.ok()) throw CLI::RuntimeError(Fail(set.error()));
    std::cout << "password set for " << uo->email << "\n";
  });

  auto* token = app.add_subcommand("token", "Manage API tokens");
  token->require_subcommand(1);
  struct TokenOptions {
    std::string email, label = "cli";
    std::int64_t ttl_days = 90;
  };
  auto to = std::make_shared<TokenOptions>();
  auto* create =
      token->add_subcommand("create", "Create a bearer token for a user; prints it once");
  create->add_option("--db", *db, "sqlite:PATH or postgres://...")->required();
  create->add_option("--email", to->email, "the user's e-mail")->required();
  create->add_option("--label", to->label, "what the token is for");
  create->add_option("--ttl-days", to->ttl_days, "validity in days (1-366)");
  create->callback([db, to] {
    auto env = OpenEnvironment(*db, 1);
    if (!env) throw CLI::RuntimeError(1);
    app::AuthService auth(*env->store, env->clock);
    auto t = auth.CreateApiToken(app::Caller::System(), UserIdByEmail(*env, to->email), to->label,
                                 to->ttl_days);
    if (!t.ok()) throw CLI::RuntimeError(Fail(t.error()));
    std::cout << *t << "\n";
  });

  auto target = std::make_shared<std::string>();
  auto* backup = app.add_subcommand("backup", "Online backup of a SQLite database to a new file");
  backup->add_option("--db", *db, "sqlite:PATH")->required();
  backup->add_option("--to", *target, "the backup file to create")->required();
  backup->callback([db, target] {
    auto env = OpenEnvironment(*db, 1);
    if (!env) throw CLI::RuntimeError(1);
    auto done = env->db->BackupTo(*target);
    if (!done.ok()) throw CLI::RuntimeError(Fail(done.error()));
    std::cout << "backup written to " << *target << "\n";
  });
}

}  // namespace salesdesk::cli
