-- Creates the app's database and login once; safe to run again (sqlcmd variables come from docker-compose.yml).
IF DB_ID(N'$(DbName)') IS NULL
    EXEC(N'CREATE DATABASE [$(DbName)]');
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'$(AppUser)')
    EXEC(N'CREATE LOGIN [$(AppUser)] WITH PASSWORD = N''$(AppPassword)'', CHECK_POLICY = ON');
GO
USE [$(DbName)];
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'$(AppUser)')
    EXEC(N'CREATE USER [$(AppUser)] FOR LOGIN [$(AppUser)]');
GO
-- The app creates and migrates its own tables (node 1) and Hangfire creates its schema: db_owner on this database only.
ALTER ROLE db_owner ADD MEMBER [$(AppUser)];
GO
ALTER DATABASE [$(DbName)] SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
GO
