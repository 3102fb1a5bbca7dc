using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Common;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Cooperatives;

/// <summary>The language the alliance writes to a co-op in (its emails, statements, documents): its rep or staff choose.</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record SetCoopLanguage(int CoopId, string Language) : ICommand;

public sealed class SetCoopLanguageValidator : AbstractValidator<SetCoopLanguage>
{
    public SetCoopLanguageValidator() =>
        RuleFor(x => x.Language).Must(Languages.IsSupported).WithMessage("Choose English or Spanish.");
}

public sealed class SetCoopLanguageHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<SetCoopLanguage, Unit>
{
    public async Task<Unit> Handle(SetCoopLanguage request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives, request.CoopId, cancellationToken);
        coop.ChooseLanguage(request.Language);
        return Unit.Value;
    }
}
