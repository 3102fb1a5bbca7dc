using CoopAlliance.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Browser.Tests;

/// <summary>Looks up demo records in the app's database, so tests can open a co-op's page by its id.</summary>
public static class Registry
{
    public static async Task<int> IdOfAsync(string legalName)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return await db.Cooperatives.Where(c => c.LegalName == legalName).Select(c => c.Id).SingleAsync();
    }
}
