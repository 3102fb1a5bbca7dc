using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Benefits.Coverage;
using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Infrastructure.Email;
using CoopAlliance.Infrastructure.Identity;
using CoopAlliance.Infrastructure.Imaging;
using CoopAlliance.Infrastructure.Jobs;
using CoopAlliance.Infrastructure.Reporting;
using Hangfire;
using Hangfire.SqlServer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var db = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(config.GetSection(DatabaseOptions.Section));
        services.Configure<EmailOptions>(config.GetSection(EmailOptions.Section));
        services.Configure<JobOptions>(config.GetSection(JobOptions.Section));
        services.Configure<AppOptions>(config.GetSection(AppOptions.Section));
        services.Configure<AssistanceOptions>(config.GetSection(AssistanceOptions.Section));
        services.Configure<MentoringOptions>(config.GetSection(MentoringOptions.Section));
        services.Configure<DuesOptions>(config.GetSection(DuesOptions.Section));
        services.Configure<Application.Imports.ImportOptions>(config.GetSection(Application.Imports.ImportOptions.Section));
        services.Configure<CoopAlliance.Application.Governance.GovernanceOptions>(config.GetSection(CoopAlliance.Application.Governance.GovernanceOptions.Section));
        services.Configure<CoopAlliance.Application.Impact.ImpactOptions>(config.GetSection(CoopAlliance.Application.Impact.ImpactOptions.Section));
        services.Configure<Application.Marketing.MarketingOptions>(config.GetSection(Application.Marketing.MarketingOptions.Section));
        services.Configure<Application.Events.EventOptions>(config.GetSection(Application.Events.EventOptions.Section));
        services.Configure<Application.Financing.FinancingOptions>(config.GetSection(Application.Financing.FinancingOptions.Section));
        services.Configure<EnrollmentOptions>(config.GetSection(EnrollmentOptions.Section));
        services.Configure<BackupOptions>(config.GetSection(BackupOptions.Section));
        // Printed on every statement: refuse to start without a complete address and contacts.
        services.AddOptions<AlliancePaymentOptions>().Bind(config.GetSection(AlliancePaymentOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlliancePaymentOptions>, AlliancePaymentOptionsValidator>();
        services.AddOptions<PremiumOptions>().Bind(config.GetSection(PremiumOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PremiumOptions>, PremiumOptionsValidator>();
        services.AddOptions<ImageOptions>().Bind(config.GetSection(ImageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ImageOptions>, ImageOptionsValidator>();

        var connectionString = ConnectionString(config, db.Provider, env.ContentRootPath);
        services.AddDbContext<AppDbContext>(o => Configure(o, db.Provider, connectionString));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IListingTextSearch, Data.Search.ListingTextSearch>();

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<AppUserManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        // A disabled login's open sessions end within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // Invitation links (password-reset tokens) stay valid for a week.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IAuthService, AuthService>();
        // Bearer tokens are checked against the login's stamp from memory (Auth:SessionCacheSeconds), not per request.
        services.Configure<LoginSessionOptions>(config.GetSection(LoginSessionOptions.Section));
        services.AddMemoryCache();
        services.AddSingleton<ILoginSessions, LoginSessionCache>();

        // Keys in the database, so every app node can read the others' cookies and tokens; encrypted there with a
        // certificate when one is configured (DataProtection:CertificatePath), as production should.
        var dataProtection = services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("CoopAlliance");
        KeyProtection.Apply(dataProtection, config, env.ContentRootPath);

        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<IPdfRenderer, SkiaPdfRenderer>();
        // Photos for listings and member stories: checked, upright, stripped of metadata, re-encoded (docs in the class).
        services.AddSingleton<IImageProcessor, SkiaImageProcessor>();
        services.AddSingleton<ISensitiveData, SensitiveData>();
        // Every job of JobSchedule, resolved by Hangfire in a scope of its own (a test checks none is missing).
        services.AddScoped<JobRunner>();
        services.AddTransient<DataReviewJob>();
        services.AddTransient<OutboxJob>();
        services.AddTransient<SlaMonitorJob>();
        services.AddTransient<OfferExpiryJob>();
        services.AddTransient<SessionReminderJob>();
        services.AddTransient<DraftUploadCleanupJob>();
        services.AddTransient<BenefitsDailyJob>();
        services.AddTransient<ListingsDailyJob>();
        services.AddTransient<CampaignChargeJob>();
        services.AddTransient<CommitmentFollowUpJob>();
        services.AddTransient<EventTaskReminderJob>();
        services.AddTransient<GovernanceJob>();
        services.AddTransient<LoanArrearsReminderJob>();
        services.AddTransient<EventOfferExpiryJob>();
        services.AddTransient<EventRegistrationsDailyJob>();
        services.AddTransient<DuesInvoiceJob>();
        services.AddTransient<PremiumRunJob>();
        services.AddTransient<DuesArrearsJob>();
        services.AddTransient<DuesSummaryJob>();
        services.AddTransient<AssistanceReportJob>();
        services.AddTransient<MentoringReportJob>();
        services.AddTransient<BoardReportJob>();
        services.AddTransient<BackupJob>();
        services.AddTransient<InvoiceRunJob>();
        services.AddScoped<IInvoiceRunQueue, HangfireInvoiceRunQueue>();
        services.AddScoped<DuesRunCommand>();
        services.AddScoped<IInvoiceWriter, InvoiceWriter>();
        services.AddScoped<Application.Imports.IRosterWriter, RosterWriter>();

        services.AddHangfire(h =>
        {
            h.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (db.Provider == DatabaseProvider.SqlServer)
            {
                h.UseSqlServerStorage(connectionString, HangfireSqlServerOptions());
            }
            else
            {
                // Jobs are idempotent and the database holds the truth, so nothing is lost when this memory is.
                h.UseInMemoryStorage();
            }
        });
        var jobs = config.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (jobs.RunServer)
        {
            // Runs people started come first; the recurring jobs use the default queue.
            services.AddHangfireServer(o => o.Queues = [InvoiceRunJob.Queue, "default"]);
        }

        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);
        services.AddScoped<DatabaseStartup>();
        services.AddScoped<DemoData>();
        services.AddScoped<AdminCommand>();
        services.AddScoped<BackupCommand>();
        services.AddScoped<SeedScaleCommand>();
        // The running app (not the command-line verbs) marks the SQLite database as in use, so a restore refuses.
        services.AddHostedService<DatabaseInUseLock>();
        return services;
    }

    /// <summary>
    /// Hangfire's SQL Server storage as its documentation recommends for 1.8 (schema 7+): no polling delay (the queue is
    /// read with sliding invisibility, not polled every 15 s), the recommended isolation level, and no global locks. Which
    /// node runs a job is Hangfire's business; whether the work is done once is the database claims' (JobRuns, InvoiceRuns).
    /// </summary>
    internal static SqlServerStorageOptions HangfireSqlServerOptions() => new()
    {
        PrepareSchemaIfNecessary = true,
        CommandBatchMaxTimeout = TimeSpan.FromMinutes(5),
        SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
        QueuePollInterval = TimeSpan.Zero,
        UseRecommendedIsolationLevel = true,
        DisableGlobalLocks = true,
    };

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            options.UseSqlServer(connectionString, s => s.MigrationsAssembly(MigrationAssemblies.SqlServer).EnableRetryOnFailure());
        }
        else
        {
            options.UseSqlite(connectionString, s => s.MigrationsAssembly(MigrationAssemblies.Sqlite))
                .ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsSqlGenerator, SqliteGovernanceSqlGenerator>();
        }
    }

    /// <summary>The configured connection string; a relative SQLite file lives under the content root.</summary>
    public static string ConnectionString(IConfiguration config, DatabaseProvider provider, string contentRoot)
    {
        var cs = config.GetConnectionString("Default");
        if (provider == DatabaseProvider.SqlServer)
        {
            return string.IsNullOrWhiteSpace(cs)
                ? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Default is not set.")
                : cs;
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(cs) ? DatabaseOptions.DefaultSqlite : cs);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var dir = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        return builder.ToString();
    }
}
