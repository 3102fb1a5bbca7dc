using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace CoopAlliance.Infrastructure.Identity;

/// <summary>
/// Section "DataProtection": how the Data Protection key ring (which signs the sign-in cookies, invitation links and
/// antiforgery tokens) is protected at rest. The keys live in the database; with a certificate configured, each key is
/// stored encrypted to it (XML encryption), so a copy of the database alone does not yield the keys.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key; relative paths are under the content root.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

public static class KeyProtection
{
    /// <summary>Protects new keys with the configured certificate (and reads keys protected with it); nothing when none is configured.</summary>
    public static void Apply(IDataProtectionBuilder builder, IConfiguration config, string contentRoot)
    {
        var options = config.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return;
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot, options.CertificatePath));
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"DataProtection:CertificatePath is {options.CertificatePath}, but there is no file at {path}: the key ring cannot be protected.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException(
                $"The certificate in {path} has no private key: the app could encrypt its keys but never read them back.");
        }

        builder.ProtectKeysWithCertificate(certificate);
    }
}
