using CoopAlliance.Application.Common.Interfaces;
using Microsoft.AspNetCore.DataProtection;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>Data Protection with its own purpose string, so these values cannot be opened as cookies or tokens.</summary>
public sealed class SensitiveData(IDataProtectionProvider provider) : ISensitiveData
{
    private readonly IDataProtector _protector = provider.CreateProtector("CoopAlliance.Benefits.SensitiveData.v1");

    public string Seal(string plain) => _protector.Protect(plain);

    public string? Open(string? sealedValue) => string.IsNullOrEmpty(sealedValue) ? null : _protector.Unprotect(sealedValue);
}
