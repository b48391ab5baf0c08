using Netra.Infra.Model;

namespace Netra.Infra.Config;

/// <summary>
/// An environment as read, and the key paths of items whose structure was already wrong (reported once, at
/// read time): the validators skip those, so one typo does not cascade into range errors about it.
/// </summary>
public sealed record LoadedEnvironment(EnvironmentSpec Spec, IReadOnlySet<string> BrokenItems)
{
    public bool IsBroken(string keyPath) => BrokenItems.Contains(keyPath);
}
