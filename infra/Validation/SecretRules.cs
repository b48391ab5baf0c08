using System.Text.RegularExpressions;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Validation;

/// <summary>Secrets and the identities that read them: names, generated lengths, service accounts.</summary>
public static partial class SecretRules
{
    /// <summary>Generated secrets: at least 64 characters (a JWT HMAC key should be at least as long as the hash,
    /// RFC 7518 §3.2, and we double it), at most what Secret Manager takes comfortably in an env var.</summary>
    public static readonly IntRange RandomLength = new(64, 1024, "RFC 7518 §3.2 (at least the hash's length), doubled; our decision");

    /// <summary>Service account IDs: 6-30 characters, lowercase letters, digits and hyphens, a letter first
    /// (https://cloud.google.com/iam/docs/service-accounts-create, @pulumi/gcp serviceaccount/account.d.ts accountId).</summary>
    [GeneratedRegex("^[a-z]([-a-z0-9]{4,28}[a-z0-9])$")]
    public static partial Regex ServiceAccountId();

    public static void Check(ValidationContext context)
    {
        foreach (var (name, secret) in context.Environment.Secrets)
        {
            var path = $"secrets.{name}";
            if (!CloudRunLimits.SecretId().IsMatch(name))
            {
                context.Error(DiagnosticCodes.RunEnvironment, path, $"'{name}' is not a Secret Manager secret ID (letters, digits, - and _, at most 255)");
            }

            if (secret.Source == SecretSource.Random && !context.IsBroken(path))
            {
                context.InRange(DiagnosticCodes.SecretLength, $"{path}.length", secret.Length, RandomLength,
                    "a generated signing key must be at least 64 characters");
            }
            else if (secret.Source != SecretSource.Random && secret.Length != 0)
            {
                context.Error(DiagnosticCodes.SecretLength, $"{path}.length", "only a random secret has a length");
            }
        }

        foreach (var name in context.Environment.Existing.Secrets.Where(s => !context.Environment.Secrets.ContainsKey(s)))
        {
            context.Error(DiagnosticCodes.UnknownReference, "existing.secrets", $"no secret '{name}' in secrets");
        }

        foreach (var (role, service) in context.Environment.Services)
        {
            var path = $"services.{role}.serviceAccount";
            if (context.IsBroken($"services.{role}"))
            {
                continue;
            }

            if (!ServiceAccountId().IsMatch(service.ServiceAccount))
            {
                context.Error(DiagnosticCodes.ServiceAccountId, path,
                    $"'{service.ServiceAccount}' is not a service account ID (6 to 30 lowercase letters, digits and hyphens, a letter first)");
            }
        }
    }
}
