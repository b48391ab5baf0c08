using System.Text.RegularExpressions;

namespace Netra.Infra.Limits;

/// <summary>
/// The one naming rule of Compute Engine objects: "The name must be 1-63 characters long, and comply with RFC1035" (a
/// lowercase letter first, then lowercase letters, digits or hyphens, not ending with a hyphen; TPG
/// verify.ValidateGCEName). Networks, subnets, routers and NATs, addresses, proxies, URL maps, forwarding rules,
/// backend services and endpoint groups all take it (magic-modules compute/*.yaml, name), and so do network tags
/// (https://cloud.google.com/vpc/docs/add-remove-network-tags).
/// </summary>
public static partial class ComputeNames
{
    [GeneratedRegex("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$")]
    public static partial Regex Rfc1035();

    public static readonly TextPattern Name = new(Rfc1035(), "an RFC 1035 name: 1 to 63 lowercase letters, digits and hyphens, a letter first", "TPG verify.ValidateGCEName; magic-modules compute/*.yaml name");
}
