using System.Reflection;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Behaviours;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application;

public static class DependencyInjection
{
    /// <summary>
    /// MediatR 5.1.0 has no DI package that restores here, so handlers are found by an assembly scan
    /// below and the behaviours are registered in pipeline order (first = outermost).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, string? autoMapperLicenseKey = null)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType &&
                         (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) || i.GetGenericTypeDefinition() == typeof(INotificationHandler<>))))
            {
                services.AddTransient(contract, type);
            }
        }

        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(HoneypotBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        // The unit of work opens the transaction; audit, inside it, names the command and flushes the changes
        // while the name is set, so the audit rows commit (or roll back) with the change itself.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Transient);
        services.AddAutoMapper(cfg =>
        {
            if (!string.IsNullOrWhiteSpace(autoMapperLicenseKey))
            {
                cfg.LicenseKey = autoMapperLicenseKey;
            }
        }, assembly);

        // Texts in the reader's language: resource files under Resources/ in each project, English text as the key.
        services.AddLocalization(o => o.ResourcesPath = Common.Words.AppCulture.ResourcesPath);
        Domain.Common.DomainRuleException.Translate = Texts.Messages.Translate;
        Domain.Common.DomainRuleException.TranslateWord = Texts.Words.TranslateAny;

        services.AddScoped<AuditScope>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CoopAccess>();
        services.AddScoped<AssistanceAccess>();
        services.AddScoped<AssistanceNotifier>();
        services.AddScoped<HoursBanks>();
        services.AddScoped<MentoringAccess>();
        services.AddScoped<Financing.LoanAccess>();
        services.AddSingleton<IInvoiceRunPause, NoInvoiceRunPause>();
        services.AddSingleton<Imports.IImportPause, Imports.NoImportPause>();
        services.AddSingleton<Marketing.Directory.DirectoryCache>();
        // The one reader of the wall clock; everything else asks TimeProvider or the AllianceClock over it.
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AllianceClock>();
        return services;
    }
}
