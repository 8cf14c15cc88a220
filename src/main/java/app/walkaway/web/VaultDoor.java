package app.walkaway.web;

/**
 * What the web needs of the vault's life: is there one, is it open, create it, unlock it, lock it.
 * The service layer's shared session stands behind it (one unlock, many readers, idle lock); the
 * web never opens the vault itself. Implementations are safe to call from parallel requests.
 */
public interface VaultDoor {

  /** Where the vault stands right now; an idle vault reports {@link State#LOCKED}. */
  State state();

  /** Creates her vault with this passphrase and leaves it open. Never overwrites one. */
  Attempt create(char[] passphrase);

  /** Opens the existing vault. */
  Attempt unlock(char[] passphrase);

  /** Locks: closes the vault and forgets anything decrypted. Safe to call when already locked. */
  void lock();

  /** She is still here: restarts the idle clock. */
  void touch();

  /** Where the vault stands. */
  enum State {
    /** First run: no vault yet. */
    NONE,
    LOCKED,
    OPEN
  }

  /** The result of creating or unlocking. */
  sealed interface Attempt permits Opened, Refused {}

  /** The vault is open. */
  record Opened() implements Attempt {}

  /** The vault stayed shut, for this reason. */
  record Refused(Reason reason) implements Attempt {}

  /** Why a vault stayed shut; the page words each one. */
  enum Reason {
    TOO_SHORT,
    WRONG_PASSPHRASE,
    ALREADY_EXISTS,
    NO_VAULT,
    IN_USE_ELSEWHERE,
    DAMAGED
  }
}
