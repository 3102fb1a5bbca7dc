using MediatR;

namespace CoopAlliance.Application.Common.Interfaces;

/// <summary>
/// A request that changes data. Commands run in one transaction and are audited; queries are not.
/// </summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A command with nothing to return.</summary>
public interface ICommand : ICommand<Unit>;
