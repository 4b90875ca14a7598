-- Production database setup on an existing PostgreSQL 17 server, run as a superuser:
--   psql -v password="'<strong password>'" -f db/create-database.sql
-- The application then creates its tables with Flyway on first start.
create role overload_control login password :password;
create database overload_control owner overload_control encoding 'UTF8' template template0;
