using AutoMapper;
using CoopAlliance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Mentoring;

public sealed class MentoringModelTests
{
    [Test]
    public void EveryMappingIncludingTheMentoringDtosIsComplete()
    {
        using var scope = Testing.Services.CreateScope();

        scope.ServiceProvider.GetRequiredService<IMapper>().ConfigurationProvider.AssertConfigurationIsValid();
    }

    [Test]
    public void TheSqliteMigrationsMatchTheModel()
    {
        using var scope = Testing.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run scripts/add-migration.sh <Name>");
        Assert.That(db.GetService<IMigrationsAssembly>().Migrations.Keys, Has.Some.EndsWith("_Mentoring"));
    }

    [Test]
    public void TheSqlServerMigrationsMatchTheModel()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Infrastructure.DependencyInjection.Configure(options, DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=true");
        using var db = new AppDbContext(options.Options);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run scripts/add-migration.sh <Name>");
    }
}
