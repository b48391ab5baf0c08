namespace Netra.Infra.Model;

/// <summary>
/// Where a channel's credential lives: a secret of `secrets` (a container a person adds versions to), and the version
/// the channel reads. No version yet means nobody has added the key: the channel is not declared until one is named,
/// so that no `up` fails reading a secret that holds nothing.
/// </summary>
public sealed record ChannelKey(string Secret, string? Version)
{
    public bool Added => Version is not null;
}
