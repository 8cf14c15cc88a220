package app.walkaway.service;

import app.walkaway.service.ServiceException.Problem;
import app.walkaway.vault.DamagedVaultException;
import app.walkaway.vault.VaultException;
import app.walkaway.vault.WrongPassphraseException;
import java.util.function.Supplier;

/** The vault's failures told apart as problems, so no edge needs to know the vault's types. */
final class VaultFailures {
  private VaultFailures() {}

  static <T> T translate(Supplier<T> work) {
    try {
      return work.get();
    } catch (WrongPassphraseException e) {
      throw new ServiceException(Problem.WRONG_PASSPHRASE, e.getMessage(), e);
    } catch (DamagedVaultException e) {
      throw new ServiceException(Problem.DAMAGED_VAULT, e.getMessage(), e);
    } catch (VaultException e) {
      throw new ServiceException(Problem.VAULT_FAILED, e.getMessage(), e);
    }
  }

  static void translate(Runnable work) {
    translate(
        () -> {
          work.run();
          return null;
        });
  }
}
