using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Netra.Infra.Validation;

/// <summary>An IPv4 CIDR block, for checking that connector ranges are /28s that do not overlap.</summary>
public sealed record Ipv4Cidr(uint Network, int PrefixLength)
{
    public uint First => Network;

    public uint Last => Network | (PrefixLength == 0 ? uint.MaxValue : (1u << (32 - PrefixLength)) - 1);

    public bool Overlaps(Ipv4Cidr other) => First <= other.Last && other.First <= Last;

    /// <summary>Parses `10.1.0.0/28`. <paramref name="error"/> says why a text is not a valid block.</summary>
    public static Ipv4Cidr? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !IPAddress.TryParse(parts[0], out var address)
            || address.AddressFamily != AddressFamily.InterNetwork
            || parts[0].Count(c => c == '.') != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix > 32)
        {
            error = "not an IPv4 CIDR block such as 10.1.0.0/28";
            return null;
        }

        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        if ((value & ~mask) != 0)
        {
            error = $"host bits are set: the block starting there is {Format(value & mask)}/{prefix}";
            return null;
        }

        return new Ipv4Cidr(value, prefix);
    }

    public override string ToString() => $"{Format(Network)}/{PrefixLength}";

    private static string Format(uint value) =>
        $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}";
}
