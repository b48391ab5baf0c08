namespace Netra.Infra.Model;

/// <summary>
/// Who may invoke a Cloud Run service: anyone (<see cref="Public"/>: the invoker IAM check is off, Google's
/// recommended way to make a service public, which also works under Domain Restricted Sharing), or exactly the
/// <see cref="Members"/> granted roles/run.invoker. Services are private by default
/// (https://cloud.google.com/run/docs/authenticating/public).
/// </summary>
public sealed record InvokerAccess(bool Public, IReadOnlyList<string> Members)
{
    public const string PublicKeyword = "public";
}
