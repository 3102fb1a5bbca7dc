using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>With DataProtection:CertificatePath configured, the key ring is stored in the database encrypted to that certificate.</summary>
public sealed class KeyProtectionTests : WebTest
{
    private const string CertificatePassword = "key-protection-test-password";
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"coopalliance-keys-{Guid.NewGuid():N}.pfx");

    protected override AppFactory CreateApp()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CoopAlliance key protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // Fixed dates: XML encryption does not check validity, and tests never read the wall clock.
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        File.WriteAllBytes(_certificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        return new AppFactory(settings: new Dictionary<string, string>
        {
            ["DataProtection:CertificatePath"] = _certificatePath,
            ["DataProtection:CertificatePassword"] = CertificatePassword,
        });
    }

    [OneTimeTearDown]
    public void DeleteCertificate() => File.Delete(_certificatePath);

    [Test]
    public async Task ThePersistedKeysAreEncryptedToTheCertificateAndStillReadBack()
    {
        // Signing in uses the key ring (the cookie is protected with it).
        var browser = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        Assert.That((await browser.GetAsync("/Staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var stored = await App.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        Assert.That(stored, Is.Not.Empty);
        foreach (var xml in stored)
        {
            Assert.That(xml, Does.Not.Contain("<masterKey"), "no key material in the clear");
            Assert.That(xml, Does.Contain("EncryptedXmlDecryptor").And.Contain("<X509Certificate>"));
        }

        // Reading the ring back from the database decrypts every key with the certificate.
        var keys = App.Services.GetRequiredService<IKeyManager>().GetAllKeys();
        Assert.That(keys, Is.Not.Empty);
        Assert.That(keys.Select(k => k.Descriptor), Has.None.Null);
    }
}
