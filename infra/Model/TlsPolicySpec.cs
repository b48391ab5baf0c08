namespace Netra.Infra.Model;

/// <summary>
/// The front door's SSL policy: what TLS the HTTPS proxy negotiates with users. <see cref="Attached"/>: whether the proxy
/// uses it; until then it runs Google's default (TLS 1.0, COMPATIBLE), and attaching it is the one-time step
/// front-door-modern-tls, since clients that cannot speak TLS 1.2 with the profile's ciphers are refused from then on.
/// </summary>
public sealed record TlsPolicySpec(string Name, string Profile, string MinTlsVersion, bool Attached);
